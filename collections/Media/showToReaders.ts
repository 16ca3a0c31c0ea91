import type { PayloadRequest } from 'payload'

/** Lets readers see these images from now on (access/staffOrVisibleMedia.ts). */
export async function showMediaToReaders(req: PayloadRequest, ids: (string | number)[]): Promise<void> {
  if (ids.length === 0) return
  await req.payload.update({
    collection: 'media',
    where: { and: [{ id: { in: ids } }, { visibleToReaders: { not_equals: true } }] },
    data: { visibleToReaders: true },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
