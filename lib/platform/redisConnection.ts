import { createClient } from 'redis'

import { processWide } from '../processWide.mjs'

type Client = ReturnType<typeof createClient>

/**
 * A subscribed client can do nothing else, hence two. No offline queue: a reader must not
 * wait on Redis. Both reconnect, and resubscribe, by themselves.
 */
export type RedisConnection = {
  commands: Client
  subscriber: Client
  isReady: () => boolean
  onReadyChange: (listener: (ready: boolean) => void) => void
}

const RECONNECT_MAX_DELAY_MS = 500
const CONNECT_TIMEOUT_MS = 1_000

export function redisConnection(url: string): RedisConnection {
  const connections = processWide('redisConnections', () => new Map<string, RedisConnection>())
  let connection = connections.get(url)
  if (!connection) {
    connection = connect(url)
    connections.set(url, connection)
  }
  return connection
}

function connect(url: string): RedisConnection {
  const options = {
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, RECONNECT_MAX_DELAY_MS) },
  }
  const commands = createClient(options)
  const subscriber = createClient(options)
  const listeners = new Set<(ready: boolean) => void>()
  let wasReady = false
  const check = () => {
    const ready = commands.isReady && subscriber.isReady
    if (ready === wasReady) return
    wasReady = ready
    for (const listener of listeners) listener(ready)
  }
  for (const client of [commands, subscriber]) {
    // Without a listener an error event would end the process; the state is what matters here.
    client.on('error', () => check())
    client.on('ready', () => check())
    client.on('end', () => check())
    client.on('reconnecting', () => check())
    // Retries forever (reconnectStrategy); the promise only says the first attempt's outcome.
    client.connect().catch(() => undefined)
  }
  return { commands, subscriber, isReady: () => commands.isReady && subscriber.isReady, onReadyChange: (listener) => void listeners.add(listener) }
}
