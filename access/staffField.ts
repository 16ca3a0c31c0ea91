import type { FieldAccess } from 'payload'

import { isStaffUser } from './staff'

/** Fields only staff (or the server itself, with overrideAccess) may write: a reader's plan, meter. */
export const staffField: FieldAccess = ({ req }) => isStaffUser(req.user)
