export const READER_NAME_MAX_LENGTH = 100

export const SUBSCRIPTION_STATUSES = ['none', 'active', 'past_due', 'canceled'] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]

// Set only by the /register form: hooks/createOnlyThroughRegistration.ts allows no other creation.
export const READER_REGISTRATION = 'readerRegistration'

// Set only by the /forgot-password form's code: hooks/resetLinksOnlyFromTheSite.ts allows no other.
export const READER_PASSWORD_RESET = 'readerPasswordReset'
