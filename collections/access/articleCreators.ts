import type { Access } from 'payload'

import { canPublish, hasRole } from '@/collections/Users/roles'

/** Any staff member starts a story; only those who may publish start one published. */
export const articleCreators: Access = ({ req: { user }, data }) =>
  hasRole(user, 'contributor') && ((data as { _status?: unknown } | undefined)?._status !== 'published' || canPublish(user))
