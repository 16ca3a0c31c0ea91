import config from '@payload-config'
import { getPayload } from 'payload'

import { SessionUnverifiable, signedInAccess } from '@/accounts/signedInAccess'
import { readerAccessRequestSchema } from '@/delivery/readerAccess'

export const dynamic = 'force-dynamic'

export async function POST(request: Request): Promise<Response> {
  const parsed = readerAccessRequestSchema.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return Response.json({ error: 'Malformed reader-access request' }, { status: 400 })
  const payload = await getPayload({ config })
  try {
    return Response.json(await signedInAccess(payload, parsed.data, Date.now()))
  } catch (error) {
    // The layer then gives the gated variant (delivery/storyRequest.ts), never a free read.
    if (error instanceof SessionUnverifiable) return Response.json({ error: error.message }, { status: 503 })
    throw error
  }
}
