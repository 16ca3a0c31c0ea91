import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The old address's link does not confirm a new one. Staff may confirm in the same save.
 * Subscribing and receipts then wait for the new address to be confirmed.
 */
export const unconfirmChangedEmail: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || typeof data.email !== 'string' || typeof originalDoc?.email !== 'string') return data
  const changed = data.email.trim().toLowerCase() !== originalDoc.email.trim().toLowerCase()
  const confirmedInThisSave = data.emailVerifiedAt !== undefined && data.emailVerifiedAt !== originalDoc.emailVerifiedAt
  return changed && !confirmedInThisSave ? { ...data, emailVerifiedAt: null } : data
}
