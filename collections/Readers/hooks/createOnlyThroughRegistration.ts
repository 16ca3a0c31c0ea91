import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isReaderManager } from '@/collections/access/readerManagers'
import { READER_REGISTRATION } from '@/collections/Readers/constants'

/**
 * Reader accounts are created by the /register form or by admins and editors,
 * never otherwise. Access rules alone do not cover it: Payload's own
 * `/api/readers/first-register` creates the first account of an auth collection
 * with overrideAccess, which would let anyone write a subscription into it.
 */
export const createOnlyThroughRegistration: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' && req.context?.[READER_REGISTRATION] !== true && !isReaderManager(req.user)) {
    throw new APIError('Reader accounts are created through the /register page.', 403, null, true)
  }
  return args
}
