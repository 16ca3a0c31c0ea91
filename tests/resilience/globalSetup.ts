import type { TestProject } from 'vitest/node'

import { prepareProductionBuild, startNewsroom } from '../support/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    /** The running server's folder (database, media): scripts run against it while readers read. */
    serverDir: string
  }
}

/** One production server for the suite's reading tests; the outage test starts its own, to break. */
export default async function setup(project: TestProject) {
  prepareProductionBuild()
  const newsroom = await startNewsroom()
  project.provide('baseURL', newsroom.url)
  project.provide('serverDir', newsroom.dir)
  return () => newsroom.stop()
}
