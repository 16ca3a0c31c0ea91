import type { SanitizedConfig } from 'payload'

import { staff } from '../access/staff'

const LOCKED_DOCUMENTS = 'payload-locked-documents'

/**
 * Payload's record of who is editing what is open to any signed-in user, readers included.
 * It exists only after the config is built, so its access is set here.
 */
export function staffOnlyLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKED_DOCUMENTS)
  if (locks) locks.access = { ...locks.access, create: staff, read: staff, update: staff, delete: staff }
  return config
}
