import type { PayloadRequest } from 'payload'

/**
 * A bulk update reports a failure in `errors` instead of throwing; ignored, a published story
 * would silently show no photo. Throwing fails the save that asked, and rolls it back.
 */
export async function showMediaToReaders(req: PayloadRequest, ids: (string | number)[]): Promise<void> {
  if (ids.length === 0) return
  const { errors } = await req.payload.update({
    collection: 'media',
    where: { and: [{ id: { in: ids } }, { visibleToReaders: { not_equals: true } }] },
    data: { visibleToReaders: true },
    overrideAccess: true,
    depth: 0,
    req,
  })
  if (errors.length > 0) {
    const which = errors.map((error) => error.id).join(', ')
    throw new Error(`Could not show images ${which} to readers: ${errors[0].message}`)
  }
}
