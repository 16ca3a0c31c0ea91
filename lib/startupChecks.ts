import { InvalidEnvironmentError, serverEnv } from './env'

/**
 * A bad environment stops the server at start-up with a message naming the
 * variable, rather than failing on the first request.
 */
export function validateEnvironmentOrExit(): void {
  try {
    serverEnv()
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error
    console.error(`\n${error.message}\n\nSee .env.example for every setting.\n`)
    process.exit(1)
  }
}

/**
 * Connects Payload when the server starts (applying pending migrations) and starts
 * its job runner, which publishes scheduled stories. Otherwise that would wait for
 * the first admin or API request. A database that is down at start-up is logged and
 * retried by the first request that needs it; the server still starts.
 */
export async function startPayload(): Promise<void> {
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  try {
    await getPayload({ config, cron: true })
  } catch (error) {
    console.error('Payload could not start; pages will retry on request.', error instanceof Error ? error.message : error)
  }
}
