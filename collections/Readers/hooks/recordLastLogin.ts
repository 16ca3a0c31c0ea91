import type { CollectionAfterLoginHook } from 'payload'

// Shown to staff, for when a reader asks about their account.
export const recordLastLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await req.payload.update({
    collection: 'readers',
    id: user.id,
    data: { lastLoginAt: new Date().toISOString() },
    overrideAccess: true,
    req,
  })
  return user
}
