import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { READER_PASSWORD_RESET } from '@/collections/Readers/constants'

/**
 * Readers ask for a reset link on the site's /forgot-password page, which answers every address
 * alike and sends the email after answering. Payload's own `/api/readers/forgot-password` sends
 * before it answers, so how long it takes would tell which addresses have accounts: it is refused.
 */
export const resetLinksOnlyFromTheSite: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'forgotPassword' && req.context?.[READER_PASSWORD_RESET] !== true) {
    throw new APIError('Ask for a reset link on the /forgot-password page.', 403, null, true)
  }
  return args
}
