import type { FieldHook, RelationshipField } from 'payload'

import { isStaffUser } from '@/collections/access/staff'
import { relationKey } from '@/lib/relations'

// Set from the signed-in user, whatever the request says: ownership rests on it.
const keepCreator: FieldHook = ({ operation, originalDoc, req }) => {
  if (operation === 'create') return isStaffUser(req.user) ? req.user!.id : null
  return relationKey(originalDoc?.createdBy)
}

export const createdByField: RelationshipField = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  // Readers have no business with who in the newsroom made what.
  access: { read: ({ req }) => isStaffUser(req.user) },
  admin: { position: 'sidebar', readOnly: true },
  hooks: { beforeChange: [keepCreator] },
}
