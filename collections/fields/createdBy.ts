import type { FieldHook, RelationshipField } from 'payload'

import { isStaffUser } from '@/collections/access/staff'
import { relationKey } from '@/lib/relations'

/**
 * Keep the creator: set once, from the signed-in staff member who created the
 * document, whatever the request says. Ownership (collections/access/ownWork.ts)
 * rests on it, so nobody can hand a document to themselves.
 */
const keepCreator: FieldHook = ({ operation, originalDoc, req }) => {
  if (operation === 'create') return isStaffUser(req.user) ? req.user!.id : null
  return relationKey(originalDoc?.createdBy)
}

/** Who created the document (staff). */
export const createdByField: RelationshipField = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  // Staff only: readers have no business with who in the newsroom made what.
  access: { read: ({ req }) => isStaffUser(req.user) },
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [keepCreator] },
}
