import { purgeNow } from '@/delivery/revalidate'

/** Lets server code running outside a request (the job runner) purge the reader pages (delivery/revalidate.ts). */
export async function POST(): Promise<Response> {
  purgeNow()
  return new Response(null, { status: 204 })
}
