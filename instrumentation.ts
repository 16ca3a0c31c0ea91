// The checks need the process: Node.js only, in the form Next documents so the edge build drops them.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    // A bad environment stops the server here, naming the variable.
    const [{ validateEnvironmentOrExit }, { loadEnvFiles }] = await Promise.all([import('@/lib/platform/env'), import('@/lib/platform/envFiles')])
    loadEnvFiles()
    const env = validateEnvironmentOrExit()

    // Start Payload and its job runner now rather than on the first admin request.
    // A database that is down is logged, and the first request that needs it retries.
    const [{ getPayload }, { default: config }, { startFlushing }] = await Promise.all([import('payload'), import('@payload-config'), import('@/stats/flush')])
    try {
      // The newsroom's numbers, recorded in memory by the layer and the proxy, reach the database.
      startFlushing(await getPayload({ config, cron: true }), { retentionDays: env.STATS_RETENTION_DAYS })
    } catch (error) {
      console.error('Payload could not start; pages will retry on request.', error instanceof Error ? error.message : error)
    }
  }
}

// A failed request may mean the database went away: the proxy checks again.
export async function onRequestError(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { suspectDatabase } = await import('@/delivery/databaseState')
  suspectDatabase()
}
