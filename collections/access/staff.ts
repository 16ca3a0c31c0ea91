import type { PayloadRequest } from 'payload'

import { STAFF_COLLECTION } from '@/collections/slugs'

export const isStaffUser = (user: PayloadRequest['user']): boolean => user?.collection === STAFF_COLLECTION

export const staff = ({ req }: { req: PayloadRequest }): boolean => isStaffUser(req.user)
