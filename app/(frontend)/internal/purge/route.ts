import { purgeRequestSchema } from '@/delivery/purgeRequest'
import { purgeNow } from '@/delivery/purge'

// The runner's transaction commits after this answers: the proxy keeps no copy for a little longer.
const JOB_COMMIT_MS = 2_000

/** Lets server code running outside a request (the job runner, the server as it starts) purge the reader pages (delivery/purge.ts). */
export async function POST(request: Request): Promise<Response> {
  // What the change was about; anything unreadable counts as every page, with a commit to follow.
  const parsed = purgeRequestSchema.safeParse(await request.json().catch(() => null))
  const { stories, commitFollows } = parsed.success ? parsed.data : { stories: null, commitFollows: true }
  purgeNow({ stories, settleDelayMs: commitFollows ? JOB_COMMIT_MS : 0 })
  return new Response(null, { status: 204 })
}
