import fs from 'node:fs'

import type { TestProject } from 'vitest/node'

import { startMailbox } from '../support/mailbox'
import { prepareProductionBuild, startNewsroom } from '../support/server'

import { CHROMIUM_PATH } from '../support/browser'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    mailDir: string
  }
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\`.`)
  }
  prepareProductionBuild()
  const mailbox = await startMailbox()
  const newsroom = await startNewsroom({ email: mailbox.env })
  project.provide('baseURL', newsroom.url)
  project.provide('mailDir', mailbox.dir)
  return async () => {
    await newsroom.stop()
    await mailbox.stop()
  }
}
