import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A new address is not confirmed by the old one's link: when a reader's email changes (the reader
 * may change it through the API, staff in the admin), its confirmation is cleared, unless staff set
 * one in the same save. Subscribing and receipts then wait for the new address to be confirmed.
 */
export const unconfirmChangedEmail: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || typeof data.email !== 'string' || typeof originalDoc?.email !== 'string') return data
  const changed = data.email.trim().toLowerCase() !== originalDoc.email.trim().toLowerCase()
  const confirmedInThisSave = data.emailVerifiedAt !== undefined && data.emailVerifiedAt !== originalDoc.emailVerifiedAt
  return changed && !confirmedInThisSave ? { ...data, emailVerifiedAt: null } : data
}
