import type { PayloadRequest } from 'payload'

import { isStaffUser } from './staff'

/**
 * Reader accounts hold personal data and what people pay: admins and editors
 * manage them (support, refunds); journalists have no need to see them.
 */
export const isReaderManager = (user: PayloadRequest['user']): boolean =>
  isStaffUser(user) && ['admin', 'editor'].includes((user as { role?: string }).role ?? '')

/** For collection and field access alike: only reader managers. */
export const readerManagers = ({ req }: { req: PayloadRequest }): boolean => isReaderManager(req.user)
