import type { Access } from 'payload'

import { isStaffUser } from './staff'

// An image uploaded for a story still in draft would otherwise announce the scoop.
export const staffOrVisibleMedia: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  return { visibleToReaders: { equals: true } }
}
