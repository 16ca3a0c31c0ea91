import type { Access, PayloadRequest } from 'payload'

import { isStaffUser } from './staff'

export const isAdminUser = (user: PayloadRequest['user']): boolean =>
  isStaffUser(user) && (user as { role?: string }).role === 'admin'

export const admins: Access = ({ req }) => isAdminUser(req.user)
