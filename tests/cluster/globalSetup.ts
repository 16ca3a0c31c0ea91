import type { TestProject } from 'vitest/node'

import { prepareProductionBuild } from '../support/server'

import { startCluster } from '../support/cluster'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Instance A (also `baseURL`, so the page tests' helpers work against it). */
    baseURL: string
    /** Instance B: the same site, on the same database and Redis. */
    instanceB: string
  }
}

/** One cluster for the suite; the Redis outage test starts its own, to break. */
export default async function setup(project: TestProject) {
  prepareProductionBuild()
  const cluster = await startCluster()
  project.provide('baseURL', cluster.a.url)
  project.provide('instanceB', cluster.b.url)
  return () => cluster.stop()
}
