/**
 * Runs once when the server starts. Node.js only (the checks need the process), and
 * written as Next documents it: inside `NEXT_RUNTIME === 'nodejs'`, so the edge build
 * drops the imports.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    // A bad environment stops the server here, with a message naming the variable.
    const [{ validateEnvironmentOrExit }, { loadEnvFiles }] = await Promise.all([import('@/lib/platform/env'), import('@/lib/platform/envFiles')])
    loadEnvFiles()
    validateEnvironmentOrExit()

    // Connect Payload now (applying pending migrations) and start its job runner, which
    // publishes scheduled stories; otherwise both would wait for the first admin or API
    // request. A database that is down is logged and retried by the first request that
    // needs it: the server still starts.
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    try {
      await getPayload({ config, cron: true })
    } catch (error) {
      console.error('Payload could not start; pages will retry on request.', error instanceof Error ? error.message : error)
    }
  }
}

/** A request that failed on the server may mean the database went away: the proxy checks again (delivery/databaseState.ts). */
export async function onRequestError(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { suspectDatabase } = await import('@/delivery/databaseState')
  suspectDatabase()
}
