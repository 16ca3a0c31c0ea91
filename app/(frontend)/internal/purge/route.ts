import { purgeRequestSchema } from '@/delivery/purgeRequest'
import { purgeNow } from '@/delivery/purge'

// The runner's transaction commits after this answers, so the proxy keeps no copy a little longer.
const JOB_COMMIT_MS = 2_000

// For code outside a request: the job runner, the server as it starts (delivery/purge.ts).
export async function POST(request: Request): Promise<Response> {
  // Anything unreadable counts as every page, with a commit to follow.
  const parsed = purgeRequestSchema.safeParse(await request.json().catch(() => null))
  const { stories, commitFollows } = parsed.success ? parsed.data : { stories: null, commitFollows: true }
  purgeNow({ stories, settleDelayMs: commitFollows ? JOB_COMMIT_MS : 0 })
  return new Response(null, { status: 204 })
}
