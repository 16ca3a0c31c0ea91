import type { Access } from 'payload'

import { READERS_COLLECTION } from '@/collections/slugs'

import { isReaderManager } from './readerManagers'

export const readerManagersOrOwnAccount: Access = ({ req }) => {
  if (isReaderManager(req.user)) return true
  if (req.user?.collection === READERS_COLLECTION) return { id: { equals: req.user.id } }
  return false
}
