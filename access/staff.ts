import type { PayloadRequest } from 'payload'

/** Staff are the journalists and editors in the `users` collection (not readers). */
export const isStaffUser = (user: PayloadRequest['user']): boolean => user?.collection === 'users'

export const staff = ({ req }: { req: PayloadRequest }): boolean => isStaffUser(req.user)
