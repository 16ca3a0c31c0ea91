import type { Access } from 'payload'

import { isStaffUser } from './staff'

/**
 * Images (and their alt text and captions) reach readers only once something
 * public uses them: a published story or a person's profile. An image uploaded
 * for a story still in draft would otherwise announce the scoop.
 */
export const staffOrVisibleMedia: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  // Images uploaded before the rule existed were backfilled as visible (migrations/*media_visible_to_readers).
  return { visibleToReaders: { equals: true } }
}
