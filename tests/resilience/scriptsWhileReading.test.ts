import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Manifest } from '@/scripts/backup/manifest'

import { Reader, signedInStaff } from '../support/reader'
import { TEST_SECTION } from '../support/scheduledStory'
import { runScript } from '../support/server'
import { publishedStories } from '../support/stories'

/**
 * The operator's scripts run against the live database while readers read: the seed again,
 * a story import, a backup, and a restore (refused on the live database, which is not empty;
 * into a fresh one, whole). Readers get no error; nothing is duplicated or lost.
 */
const newsroom = { url: inject('baseURL'), dir: inject('serverDir') }
const COLLECTIONS = ['articles', 'quotes', 'people', 'countries', 'sections', 'media', 'users', 'readers', 'redirects'] as const

let staff: Reader
let paths: string[]
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-scripts-'))

beforeAll(async () => {
  staff = await signedInStaff()
  paths = ['/', '/people', ...(await publishedStories()).map((story) => `/articles/${story.slug}`)]
})
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

/** How many documents each collection holds, drafts included, as the admin counts them. */
async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    COLLECTIONS.map(async (collection) => {
      const response = await staff.get(`/api/${collection}/count?draft=true`)
      if (response.status !== 200) throw new Error(`counting ${collection} answered ${response.status}`)
      return [collection, ((await response.json()) as { totalDocs: number }).totalDocs] as const
    }),
  )
  return Object.fromEntries(entries)
}

/** Ten readers reading round the site until `done` settles; every answer they got. */
async function readWhile<T>(done: Promise<T>): Promise<{ result: T; failures: string[]; reads: number }> {
  let finished = false
  const settled = done.finally(() => (finished = true))
  const failures: string[] = []
  let reads = 0
  const reader = async (index: number) => {
    const visitor = new Reader()
    for (let turn = index; !finished; turn += 1) {
      const pathname = paths[turn % paths.length]
      try {
        const response = await visitor.request(pathname, { signal: AbortSignal.timeout(15_000) })
        await response.arrayBuffer()
        reads += 1
        if (response.status !== 200) failures.push(`${pathname} ${response.status}`)
      } catch (error) {
        failures.push(`${pathname} ${(error as Error).message}`)
      }
    }
  }
  const [result] = await Promise.all([settled, ...Array.from({ length: 10 }, (_, index) => reader(index))])
  return { result, failures, reads }
}

describe('the operator’s scripts while readers read', () => {
  it('seeding again adds nothing and breaks no page', async () => {
    const before = await counts()
    const { result, failures, reads } = await readWhile(runScript(newsroom, 'seed/run.ts'))
    expect(result.code, result.output).toBe(0)
    expect(result.output).toMatch(/Seed complete: 0 created/)
    expect(failures).toEqual([])
    expect(reads).toBeGreaterThan(0)
    expect(await counts()).toEqual(before)
  })

  it('importing a story adds one draft, and no second copy of anyone it names', async () => {
    const before = await counts()
    const { result, failures } = await readWhile(runScript(newsroom, 'scripts/import-story.ts', ['seed/story.txt', '--section', TEST_SECTION.slug]))
    expect(result.code, result.output).toBe(0)
    expect(failures).toEqual([])
    const after = await counts()
    expect(after.articles).toBe(before.articles + 1)
    for (const collection of ['people', 'countries', 'sections', 'media', 'users', 'readers'] as const)
      expect(after[collection], collection).toBe(before[collection])
  })

  it('a backup taken while readers read restores whole; a restore onto the live database is refused and writes nothing', async () => {
    const backup = path.join(scratch, 'backup')
    const taken = await readWhile(runScript(newsroom, 'scripts/backup.ts', [backup]))
    expect(taken.result.code, taken.result.output).toBe(0)
    expect(taken.failures).toEqual([])

    const before = await counts()
    const refused = await readWhile(runScript(newsroom, 'scripts/restore.ts', [backup]))
    expect(refused.result.code).not.toBe(0)
    expect(refused.result.output).toMatch(/not empty/i)
    expect(refused.failures).toEqual([])
    expect(await counts()).toEqual(before)

    const fresh = { DATABASE_URI: `file:${path.join(scratch, 'restored.db')}`, MEDIA_DIR: path.join(scratch, 'media') }
    const restored = await readWhile(runScript(newsroom, 'scripts/restore.ts', [backup], fresh))
    expect(restored.result.code, restored.result.output).toBe(0)
    expect(restored.failures).toEqual([])
    // Backed up again from the restored database: the same documents, collection by collection.
    const again = path.join(scratch, 'again')
    expect((await runScript(newsroom, 'scripts/backup.ts', [again], fresh)).code).toBe(0)
    const held = (dir: string) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest
      return {
        collections: manifest.collections.map(({ slug, documents }) => [slug, documents]),
        versions: manifest.versions.map(({ collection, versions }) => [collection, versions]),
        uploads: manifest.uploads.length,
      }
    }
    expect(held(again)).toEqual(held(backup))
    expect(held(backup).collections).toContainEqual(['articles', before.articles])
  })
})
