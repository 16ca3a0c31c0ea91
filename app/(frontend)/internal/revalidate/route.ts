import { isInternalRequest } from '@/delivery/internalRequest'
import { serverEnv } from '@/lib/env'
import { purgeNow } from '@/lib/revalidate'

/** Lets server code running outside a request (the job runner) purge the reader pages. */
export async function POST(request: Request): Promise<Response> {
  if (!(await isInternalRequest(request.headers, serverEnv().PAYLOAD_SECRET))) {
    return Response.json({ error: 'Not found' }, { status: 404 })
  }
  purgeNow()
  return new Response(null, { status: 204 })
}
