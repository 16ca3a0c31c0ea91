import type { Access } from 'payload'

import { isStaffUser } from './staff'

/**
 * Staff see drafts; everyone else sees published documents only. The `_status`
 * filter is explicit because `draft: false` alone does not exclude unpublished
 * documents (Payload issues #10067, #14750).
 */
export const staffOrPublished: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  return { _status: { equals: 'published' } }
}
