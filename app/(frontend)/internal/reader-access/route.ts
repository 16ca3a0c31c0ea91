import config from '@payload-config'
import { getPayload } from 'payload'

import { signedInAccess } from '@/accounts/signedInAccess'
import { readerAccessRequestSchema } from '@/delivery/readerAccess'

export const dynamic = 'force-dynamic'

/** What a signed-in visitor gets of a story (delivery/readerAccess.ts); only the proxy reaches it. */
export async function POST(request: Request): Promise<Response> {
  const parsed = readerAccessRequestSchema.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return Response.json({ error: 'Malformed reader-access request' }, { status: 400 })
  const payload = await getPayload({ config })
  return Response.json(await signedInAccess(payload, parsed.data, Date.now()))
}
