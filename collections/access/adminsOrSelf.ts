import type { Access } from 'payload'

import { isAdminUser } from './admins'
import { isStaffUser } from './staff'

export const adminsOrSelf: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  if (isStaffUser(req.user) && req.user) return { id: { equals: req.user.id } }
  return false
}
