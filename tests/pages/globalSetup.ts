import type { TestProject } from 'vitest/node'

import { startNewsroom } from '../support/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

export default async function setup(project: TestProject) {
  const newsroom = await startNewsroom({ scheduleStory: true })
  project.provide('baseURL', newsroom.url)
  return () => newsroom.stop()
}
