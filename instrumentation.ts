/** Runs once when the server starts (Node.js only: the checks need the process). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { validateEnvironmentOrExit } = await import('./lib/startupChecks')
    validateEnvironmentOrExit()
  }
}
