/** Shared with what writes reader accounts: the /register form (accounts/) and the payment providers. */

export const READER_NAME_MAX_LENGTH = 100

export const SUBSCRIPTION_STATUSES = ['none', 'active', 'past_due', 'canceled'] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]

/**
 * Request-context flag set by accounts/operations.ts#registerReader, the /register
 * form's code: the only creation hooks/createOnlyThroughRegistration.ts lets through.
 */
export const READER_REGISTRATION = 'readerRegistration'

/**
 * Request-context flag set by accounts/operations.ts#passwordResetRequest, the /forgot-password
 * form's code: the only reset request hooks/resetLinksOnlyFromTheSite.ts lets through.
 */
export const READER_PASSWORD_RESET = 'readerPasswordReset'
