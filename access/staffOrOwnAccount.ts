import type { Access } from 'payload'

import { READERS_COLLECTION } from '@/paywall/readerStanding'

import { isStaffUser } from './staff'

/** Staff see every reader account; a signed-in reader sees only their own. */
export const staffOrOwnAccount: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (req.user?.collection === READERS_COLLECTION) return { id: { equals: req.user.id } }
  return false
}
