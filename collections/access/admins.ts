import type { PayloadRequest } from 'payload'

import { hasRole } from '@/collections/Users/roles'

export const isAdminUser = (user: PayloadRequest['user']): boolean => hasRole(user, 'admin')

/** For collection, global and field access alike. */
export const admins = ({ req }: { req: PayloadRequest }): boolean => isAdminUser(req.user)
