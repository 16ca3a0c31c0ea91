import type { FieldAccess } from 'payload'

import { hasRole } from '@/collections/Users/roles'

import { isStaffUser } from './staff'

// Contributors may be freelancers: they see colleagues' names, not how to reach them or their rights.
export const staffDetailsReaders: FieldAccess = ({ req: { user }, doc, id }) => {
  if (hasRole(user, 'journalist')) return true
  if (!user || !isStaffUser(user)) return false
  const docId = doc?.id ?? id
  return docId !== undefined && String(docId) === String(user.id)
}
