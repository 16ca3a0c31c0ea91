import type { PayloadRequest } from 'payload'

import { hasRole } from '@/collections/Users/roles'

export const isAdminUser = (user: PayloadRequest['user']): boolean => hasRole(user, 'admin')

export const admins = ({ req }: { req: PayloadRequest }): boolean => isAdminUser(req.user)
