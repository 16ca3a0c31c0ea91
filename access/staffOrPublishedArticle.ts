import type { Access } from 'payload'

import { isStaffUser } from './staff'

/**
 * For documents that belong to a story (quotes): readers see them only once the
 * story is published, so a quote never reveals a draft before its story runs.
 */
export const staffOrPublishedArticle: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  return { 'article._status': { equals: 'published' } }
}
