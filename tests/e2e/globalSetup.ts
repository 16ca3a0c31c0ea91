import fs from 'node:fs'

import type { TestProject } from 'vitest/node'

import { startNewsroom } from '../support/server'

import { CHROMIUM_PATH } from './browser'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\`.`)
  }
  const newsroom = await startNewsroom()
  project.provide('baseURL', newsroom.url)
  return () => newsroom.stop()
}
