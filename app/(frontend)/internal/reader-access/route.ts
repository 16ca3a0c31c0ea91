import config from '@payload-config'
import { getPayload } from 'payload'

import { signedInAccess } from '@/accounts/signedInAccess'
import { isInternalRequest } from '@/delivery/internalRequest'
import { serverEnv } from '@/lib/env'
import { readerAccessRequestSchema } from '@/paywall/readerAccess'

export const dynamic = 'force-dynamic'

/** Asked by the proxy only (see paywall/readerAccess.ts): what a signed-in visitor gets of a story. */
export async function POST(request: Request): Promise<Response> {
  if (!(await isInternalRequest(request.headers, serverEnv().PAYLOAD_SECRET))) {
    return Response.json({ error: 'Not found' }, { status: 404 })
  }
  const parsed = readerAccessRequestSchema.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return Response.json({ error: 'Malformed reader-access request' }, { status: 400 })
  const payload = await getPayload({ config })
  return Response.json(await signedInAccess(payload, parsed.data, Date.now()))
}
