import type { PayloadRequest } from 'payload'

import { isAdminUser } from './admins'

// Personal data and payments: admins manage them; the rest of the newsroom has no need to see them.
export const isReaderManager = (user: PayloadRequest['user']): boolean => isAdminUser(user)

export const readerManagers = ({ req }: { req: PayloadRequest }): boolean => isReaderManager(req.user)
