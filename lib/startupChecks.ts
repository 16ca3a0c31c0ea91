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
