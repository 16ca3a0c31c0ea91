import type { TestProject } from 'vitest/node'

import { startMailbox } from '../support/mailbox'
import { prepareProductionBuild, startNewsroom } from '../support/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    /** The test mailbox's folder: every email the server sends (tests/support/mailbox.ts#waitForEmail). */
    mailDir: string
  }
}

export default async function setup(project: TestProject) {
  prepareProductionBuild()
  const mailbox = await startMailbox()
  const newsroom = await startNewsroom({ scheduleStory: true, email: mailbox.env })
  project.provide('baseURL', newsroom.url)
  project.provide('mailDir', mailbox.dir)
  return async () => {
    await newsroom.stop()
    await mailbox.stop()
  }
}
