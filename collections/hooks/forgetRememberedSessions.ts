import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { accountKey, forgetSessionsOf } from '@/delivery/rememberedSessions'

/**
 * Any change to an account may change what its sessions may read. A counted read is the one
 * change that keeps them true: the reader-access route writes it past these hooks.
 */
export const forgetSessionsAfterChange: CollectionAfterChangeHook = ({ collection, doc }) => {
  forgetSessionsOf(accountKey(collection.slug, doc.id))
  return doc
}

export const forgetSessionsAfterDelete: CollectionAfterDeleteHook = ({ collection, doc }) => {
  forgetSessionsOf(accountKey(collection.slug, doc.id))
  return doc
}

// Runs before Payload removes the session; accounts/session.ts forgets again after.
export const forgetSessionsAfterLogout: NonNullable<NonNullable<CollectionConfig['hooks']>['afterLogout']>[number] = ({ collection, req }) => {
  if (req.user) forgetSessionsOf(accountKey(collection.slug, req.user.id))
}
