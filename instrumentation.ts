/** Runs once when the server starts (Node.js only: the checks need the process). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startPayload, validateEnvironmentOrExit } = await import('./lib/startupChecks')
  validateEnvironmentOrExit()
  await startPayload()
}
