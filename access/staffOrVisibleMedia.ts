import type { Access } from 'payload'

import { isStaffUser } from './staff'

/**
 * Images (and their alt text and captions) reach readers only once something
 * public uses them: a published story or a person's profile. An image uploaded
 * for a story still in draft would otherwise announce the scoop.
 */
export const staffOrVisibleMedia: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  // Without the field at all: uploaded before the rule existed, when every image was public.
  // SQLite backfilled those rows (migrations/…_media_visible_to_readers); MongoDB has no migration step.
  return { or: [{ visibleToReaders: { equals: true } }, { visibleToReaders: { exists: false } }] }
}
