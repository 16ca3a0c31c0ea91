import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isReaderManager } from '@/collections/access/readerManagers'
import { READER_REGISTRATION } from '@/collections/Readers/constants'

/**
 * Access rules alone do not cover it: Payload's `/api/readers/first-register` creates an auth
 * collection's first account with overrideAccess, letting anyone write a subscription into it.
 */
export const createOnlyThroughRegistration: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' && req.context?.[READER_REGISTRATION] !== true && !isReaderManager(req.user)) {
    throw new APIError('Reader accounts are created through the /register page.', 403, null, true)
  }
  return args
}
