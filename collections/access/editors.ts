import type { PayloadRequest } from 'payload'

import { hasRole } from '@/collections/Users/roles'

export const isEditorUser = (user: PayloadRequest['user']): boolean => hasRole(user, 'editor')

export const editors = ({ req }: { req: PayloadRequest }): boolean => isEditorUser(req.user)
