import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { READER_PASSWORD_RESET } from '@/collections/Readers/constants'

/**
 * Payload's own `/api/readers/forgot-password` sends before it answers, so its timing tells which
 * addresses have accounts. The site's page answers every address alike and sends afterwards.
 */
export const resetLinksOnlyFromTheSite: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'forgotPassword' && req.context?.[READER_PASSWORD_RESET] !== true) {
    throw new APIError('Ask for a reset link on the /forgot-password page.', 403, null, true)
  }
  return args
}
