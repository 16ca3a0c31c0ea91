import type { GlobalAfterChangeHook } from 'payload'

import { revalidateReaderPages } from '@/delivery/revalidate'

/** Settings show on every reader page (menu, gate copy), so any change purges them all. */
export const revalidateAfterGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  revalidateReaderPages()
  return doc
}
