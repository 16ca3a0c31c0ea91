import { randomUUID } from 'node:crypto'

import { z } from 'zod'

import { redisConnection } from '@/lib/platform/redisConnection'

import { beginContentChange, onContentChange } from './contentGeneration'
import { forgetSessionsOf, onSessionsForgotten, trustRememberedSessions } from './rememberedSessions'

/**
 * Instances tell each other of content changes and forgotten sessions through Redis, so each
 * can keep its own copies and memory.
 * While Redis is away no instance hears the others: each starts a new generation every few
 * seconds and asks the server about every session; once it is back, everything kept is dropped.
 */
export const UNHEARD_CHANGE_BOUND_MS = 5_000
// A change made elsewhere may never send its "saved".
const LONGEST_REMOTE_CHANGE_MS = 30_000

const CONTENT_CHANNEL = 'newsroom:content-changes'
const SESSIONS_CHANNEL = 'newsroom:forgotten-sessions'

const contentMessageSchema = z.object({
  from: z.string(),
  event: z.discriminatedUnion('phase', [
    z.object({ phase: z.literal('begin'), id: z.number(), stories: z.array(z.string()).nullable() }),
    z.object({ phase: z.literal('settle'), id: z.number() }),
  ]),
})
const sessionsMessageSchema = z.object({ from: z.string(), account: z.string().min(1) })

const parsed = <T>(schema: z.ZodType<T>, message: string): T | null => {
  try {
    return schema.parse(JSON.parse(message))
  } catch {
    return null
  }
}

let started = false

export function shareChangesThrough(redisUrl: string): void {
  if (started) return
  started = true
  const instance = randomUUID()
  const redis = redisConnection(redisUrl)
  const publish = (channel: string, message: object) => {
    if (redis.isReady()) redis.commands.publish(channel, JSON.stringify({ from: instance, ...message })).catch(() => undefined)
  }

  onContentChange((event) => publish(CONTENT_CHANNEL, { event }))
  onSessionsForgotten((account) => publish(SESSIONS_CHANNEL, { account }))

  const remoteChanges = new Map<string, () => void>()
  const listen = () => {
    redis.subscriber
      .subscribe(CONTENT_CHANNEL, (message) => {
        const content = parsed(contentMessageSchema, message)
        if (!content || content.from === instance) return
        const key = `${content.from}:${content.event.id}`
        if (content.event.phase === 'begin') {
          const settle = beginContentChange(content.event.stories, { fromElsewhere: true })
          remoteChanges.set(key, settle)
          setTimeout(() => {
            remoteChanges.get(key)?.()
            remoteChanges.delete(key)
          }, LONGEST_REMOTE_CHANGE_MS).unref()
        } else {
          remoteChanges.get(key)?.()
          remoteChanges.delete(key)
        }
      })
      .catch(() => undefined)
    redis.subscriber
      .subscribe(SESSIONS_CHANNEL, (message) => {
        const sessions = parsed(sessionsMessageSchema, message)
        if (sessions && sessions.from !== instance) forgetSessionsOf(sessions.account, { fromElsewhere: true })
      })
      .catch(() => undefined)
  }
  listen()

  let unheard: NodeJS.Timeout | undefined
  const whileUnheard = () => {
    trustRememberedSessions(false)
    unheard ??= setInterval(() => beginContentChange(null, { fromElsewhere: true })(), UNHEARD_CHANGE_BOUND_MS)
    unheard.unref()
  }
  if (!redis.isReady()) whileUnheard()
  redis.onReadyChange((ready) => {
    if (!ready) return whileUnheard()
    clearInterval(unheard)
    unheard = undefined
    // Changes made elsewhere meanwhile went unheard: nothing kept from then is current.
    beginContentChange(null, { fromElsewhere: true })()
    trustRememberedSessions(true)
    // A stale change that never settled must not hold the caches off.
    for (const settle of remoteChanges.values()) settle()
    remoteChanges.clear()
  })
}

const LOCK_WAIT_MS = 2_000
const LOCK_HOLD_MS = 5_000
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end"

/**
 * Runs `task` under a lock all instances respect, so a free account's meter is counted once.
 * `held` false (Redis away, or another instance too slow): the task must not count a read.
 */
export async function withClusterLock<T>(redisUrl: string, key: string, task: (held: boolean) => Promise<T>): Promise<T> {
  const redis = redisConnection(redisUrl)
  const lockKey = `newsroom:lock:${key}`
  const token = randomUUID()
  const deadline = Date.now() + LOCK_WAIT_MS
  let held = false
  while (redis.isReady() && Date.now() < deadline) {
    held = (await redis.commands.set(lockKey, token, { NX: true, PX: LOCK_HOLD_MS }).catch(() => null)) === 'OK'
    if (held) break
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  try {
    return await task(held)
  } finally {
    if (held) await redis.commands.eval(RELEASE, { keys: [lockKey], arguments: [token] }).catch(() => undefined)
  }
}
