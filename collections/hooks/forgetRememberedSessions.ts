import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { accountKey, forgetSessionsOf } from '@/delivery/rememberedSessions'

/**
 * The delivery layer remembers what a signed-in visitor may read (delivery/rememberedSessions.ts).
 * Any change to their account may change that (a subscription starts or ends, a role, a deletion,
 * a logout): what is remembered of its sessions is dropped at once, on every instance. A read counted
 * on the meter is the one change that keeps it true (a meter only grows within its window): the
 * reader-access route writes it to the database directly, past these hooks.
 */
export const forgetSessionsAfterChange: CollectionAfterChangeHook = ({ collection, doc }) => {
  forgetSessionsOf(accountKey(collection.slug, doc.id))
  return doc
}

export const forgetSessionsAfterDelete: CollectionAfterDeleteHook = ({ collection, doc }) => {
  forgetSessionsOf(accountKey(collection.slug, doc.id))
  return doc
}

/** Runs before Payload removes the session; the site's own logout (accounts/session.ts) forgets again after. */
export const forgetSessionsAfterLogout: NonNullable<NonNullable<CollectionConfig['hooks']>['afterLogout']>[number] = ({ collection, req }) => {
  if (req.user) forgetSessionsOf(accountKey(collection.slug, req.user.id))
}
