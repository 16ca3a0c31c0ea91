import type { NextRequest } from 'next/server'

import { storyFacts } from '@/delivery/storyFacts'
import { isWellFormedSlug } from '@/lib/slugify'
import { serverEnv } from '@/lib/platform/env'
import { storyPath } from '@/lib/readerPaths'
import { GATE_ACTIONS, isCrawlerByBehaviour, type GateAction } from '@/stats/events'
import { recordEvent } from '@/stats/recorder'

// The gate's buttons, counted on the way to their page: a plain link, no script, no cookie.
export const dynamic = 'force-dynamic'

const TARGETS: Record<GateAction, string> = { subscribe: '/subscribe', login: '/login', register: '/register' }

export async function GET(request: NextRequest, { params }: { params: Promise<{ action: string }> }) {
  const { action } = await params
  if (!(GATE_ACTIONS as readonly string[]).includes(action)) return new Response('Not found', { status: 404 })
  const target = TARGETS[action as GateAction]
  const from = request.nextUrl.searchParams.get('from') ?? ''
  // Only a story that exists is counted, so made-up slugs cannot fill the tallies.
  const story = isWellFormedSlug(from) ? (await storyFacts(from, serverEnv()))?.story : null
  if (!story) return redirectTo(target)
  const signals = { userAgent: request.headers.get('user-agent') ?? undefined, acceptLanguage: request.headers.get('accept-language') ?? undefined }
  if (!isCrawlerByBehaviour(signals)) recordEvent({ kind: 'gate-click', story: from, action: action as GateAction }, null)
  return redirectTo(`${target}?next=${encodeURIComponent(storyPath(from))}`)
}

// Relative, so the browser stays on the address it asked (behind nginx too).
const redirectTo = (location: string) => new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })
