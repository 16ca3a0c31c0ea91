import type { PayloadRequest } from 'payload'

import { isAdminUser } from './admins'

/**
 * Reader accounts hold personal data and what people pay: admins manage them
 * (support, refunds); editors, journalists and contributors have no need to see them.
 */
export const isReaderManager = (user: PayloadRequest['user']): boolean => isAdminUser(user)

/** For collection and field access alike: only reader managers. */
export const readerManagers = ({ req }: { req: PayloadRequest }): boolean => isReaderManager(req.user)
