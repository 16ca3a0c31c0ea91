import type { PayloadRequest } from 'payload'

import { STAFF_COLLECTION } from '@/collections/slugs'

/** Staff are the newsroom's people in the `users` collection (not readers), whatever their role. */
export const isStaffUser = (user: PayloadRequest['user']): boolean => user?.collection === STAFF_COLLECTION

export const staff = ({ req }: { req: PayloadRequest }): boolean => isStaffUser(req.user)
