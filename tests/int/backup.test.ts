/**
 * A backup taken from SQLite restores into the MongoDB path (the product's adapter, on the
 * in-process imitation: ./mongoHarness.ts) and a backup taken from that is the same backup
 * once ids are set aside: every story with its versions, quote, person, country, section,
 * photo and its files, account (with its password hash when asked), redirect, search entry
 * and setting, each reference pointing at the same document. The restored site then reads
 * as the seeded one. A backup that is partial, altered or not one is refused, and nothing
 * is written.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { richTextBlocksOf } from '@/scripts/backup/content'
import { MANIFEST_FILE, type CollectionFile, type GlobalFile, type Manifest, type VersionsFile } from '@/scripts/backup/manifest'
import { mapReferences, type DocumentId } from '@/scripts/backup/references'
import { BackupRefused, restoreBackup } from '@/scripts/backup/restore'
import { writeBackup } from '@/scripts/backup/write'
import { registerReader } from '@/accounts/operations'
import type { Article, Media, Person } from '@/payload-types'
import { WORLD_COUNTRIES } from '@/lib/countries/worldCountries'
import { relationId } from '@/lib/relations'
import { MAIN_STORY_SLUG } from '@/seed/constants'
import { seed } from '@/seed/index'

import { bootSqlitePayload } from '../support/harness'
import { bootMongoPayload } from '../support/mongoHarness'

const READER = { name: 'Rita Reader', email: 'rita@example.com', password: 'correct horse battery' }
const EDITOR = { name: 'Eda Editor', email: 'eda@newsroom.test', password: 'a-long-editor-password' }
const DRAFT_TITLE = 'A later draft of the headline, not yet published'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-backup-'))
const fromSqlite = path.join(work, 'from-sqlite')
const fromMongo = path.join(work, 'from-mongo')

let mongo: Payload
let cleanupMongo: () => Promise<void>
let queries: typeof import('@/reader/queries/stories') & typeof import('@/reader/queries/settings')
let seededArticleIds: string[]
let pendingJobs: number

const countAll = async (payload: Payload) => {
  const counts: Record<string, number> = {}
  for (const { slug } of payload.config.collections)
    counts[slug] = (await payload.count({ collection: slug as CollectionSlug, overrideAccess: true })).totalDocs
  counts['articles versions'] = (await payload.countVersions({ collection: 'articles', overrideAccess: true })).totalDocs
  return counts
}

/** A copy of a backup folder, changed by `damage`, for the refusals. */
function damaged(name: string, damage: (dir: string) => void): string {
  const dir = path.join(work, name)
  fs.cpSync(fromSqlite, dir, { recursive: true })
  damage(dir)
  return dir
}

beforeAll(async () => {
  process.env.NEWSROOM_DEMO = 'false'
  const sqlite = await bootSqlitePayload()
  try {
    await seed(sqlite.payload)
    const main = (await sqlite.payload.find({ collection: 'articles', where: { slug: { equals: MAIN_STORY_SLUG } }, depth: 0, limit: 1 })).docs[0]
    const other = (await sqlite.payload.find({ collection: 'articles', where: { slug: { not_equals: MAIN_STORY_SLUG } }, depth: 0, limit: 1 })).docs[0]
    const editor = await sqlite.payload.create({ collection: 'users', data: { ...EDITOR, role: 'editor' } })
    // Two stories that name each other (below): a circle of references.
    await sqlite.payload.update({ collection: 'articles', id: main.id, data: { authors: [editor.id], related: [other.id] } })
    // A draft over the published story: the document stays as published, the draft is its newest version.
    await sqlite.payload.update({ collection: 'articles', id: main.id, data: { title: DRAFT_TITLE }, draft: true })
    const registered = await registerReader(sqlite.payload, READER)
    if (!registered.ok) throw new Error('the reader could not register')
    await sqlite.payload.update({
      collection: 'readers',
      id: registered.session.reader.id,
      data: { meter: { windowStart: new Date().toISOString(), readArticleIds: [String(main.id)] } },
      overrideAccess: true,
    })
    // A published story whose slug changes leaves a redirect to it.
    await sqlite.payload.update({ collection: 'articles', id: other.id, data: { slug: `${other.slug}-renamed`, related: [main.id] } })
    seededArticleIds = (await sqlite.payload.find({ collection: 'articles', depth: 0, pagination: false })).docs.map((doc) => String(doc.id))
    // An unpublish scheduled for later: Payload's job queue, which a backup does not hold (it says so).
    await sqlite.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'articles', value: other.id } },
      waitUntil: new Date(Date.now() + 86_400_000),
    })
    pendingJobs = (await writeBackup(sqlite.payload, fromSqlite, { withPasswordHashes: true })).pendingJobs
  } finally {
    await sqlite.cleanup()
  }

  // A fresh module registry: the config reads DATABASE_URI anew, for MongoDB.
  vi.resetModules()
  ;({ payload: mongo, cleanup: cleanupMongo } = await bootMongoPayload())
  queries = { ...(await import('@/reader/queries/stories')), ...(await import('@/reader/queries/settings')) }
})
afterAll(async () => {
  await cleanupMongo?.()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('a backup that is not whole', () => {
  const refusals: [string, () => string, RegExp][] = [
    [
      'an altered file',
      () => damaged('altered', (dir) => fs.appendFileSync(path.join(dir, 'collections/quotes.json'), ' ')),
      /collections\/quotes\.json does not match its checksum/,
    ],
    ['a missing file', () => damaged('partial', (dir) => fs.rmSync(path.join(dir, 'versions/articles.json'))), /versions\/articles\.json is missing/],
    ['a missing photo', () => damaged('no-photo', (dir) => fs.rmSync(path.join(dir, 'files/media'), { recursive: true })), /files\/media\/.+\.png is missing/],
    [
      'a manifest that does not parse',
      () => damaged('bad-manifest', (dir) => fs.writeFileSync(path.join(dir, MANIFEST_FILE), '{"format": "newsroom-backup"')),
      /manifest\.json is not JSON/,
    ],
    [
      'a manifest of something else',
      () =>
        damaged('other-manifest', (dir) =>
          fs.writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify({ format: 'newsroom-backup', formatVersion: 1, files: [{ path: '../etc/passwd' }] })),
        ),
      /manifest\.json is not a backup manifest/,
    ],
    ['no manifest at all', () => damaged('no-manifest', (dir) => fs.rmSync(path.join(dir, MANIFEST_FILE))), /holds no manifest\.json/],
  ]

  it.each(refusals)('is refused: %s, with the reason, and nothing is written', async (_name, make, reason) => {
    const before = await countAll(mongo)
    const refusal = await restoreBackup(mongo, make()).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(BackupRefused)
    expect((refusal as Error).message).toMatch(reason)
    expect((refusal as Error).message).toContain('nothing was written')
    expect(await countAll(mongo)).toEqual(before)
    expect(Object.values(before).every((count) => count === 0)).toBe(true)
  })
})

describe('SQLite → MongoDB → backup again', () => {
  let restored: Awaited<ReturnType<typeof restoreBackup>>

  beforeAll(async () => {
    restored = await restoreBackup(mongo, fromSqlite)
    await writeBackup(mongo, fromMongo, { withPasswordHashes: true })
  })

  it('restores every document, version, global and file, with no reference left out', () => {
    const manifest = readManifest(fromSqlite)
    const held = Object.fromEntries(manifest.collections.map(({ slug, documents }) => [slug, documents]))
    expect(held).toMatchObject({ users: 1, readers: 1, quotes: 5, countries: WORLD_COUNTRIES.length, people: 5, redirects: 1 })
    expect(held.search).toBeGreaterThan(10)
    expect(manifest.versions[0].versions).toBeGreaterThan(held.articles)
    expect(restored.dangling).toEqual([])
    for (const { slug, documents } of manifest.collections) expect(restored.documents[slug], slug).toBe(documents)
    expect(restored.versions.articles).toBe(manifest.versions[0].versions)
    expect(restored.globals.sort()).toEqual(manifest.globals.map((global) => global.slug).sort())
    expect(restored.uploads).toBe(manifest.uploads.length)
    expect(manifest.uploads.length).toBeGreaterThan(0)
  })

  it('says that the job scheduled in the source is not in the backup', () => {
    expect(pendingJobs).toBe(1)
  })

  it('backs up again to the same backup once ids are set aside: nothing lost, every reference to the same document', () => {
    const first = normalised(fromSqlite)
    const second = normalised(fromMongo)
    expect(readManifest(fromSqlite).source.database).toBe('sqlite')
    expect(readManifest(fromMongo).source.database).toBe('mongodb')
    for (const collection of Object.keys(first.collections)) expect(second.collections[collection], collection).toEqual(first.collections[collection])
    expect(second.versions).toEqual(first.versions)
    expect(second.globals).toEqual(first.globals)
    expect(second.uploads).toEqual(first.uploads)
  })

  it('reads as the seeded site on MongoDB: the story, its photos and quotes resolve; the draft stays a draft', async () => {
    const story = await queries.findStoryBySlug(MAIN_STORY_SLUG)
    expect(story?.id).toMatch(/^[0-9a-f]{24}$/)
    expect(story!.title).not.toBe(DRAFT_TITLE)
    const hero = story!.heroImage as Media
    expect(hero.url).toBeTruthy()
    expect(fs.existsSync(path.join(mongo.collections.media.config.upload.staticDir!, hero.filename!))).toBe(true)
    const bodyImage = story!.body.root.children.find((node) => node.type === 'upload')
    expect((bodyImage?.value as unknown as Media).mimeType).toBe('image/png')
    const quotes = await queries.findQuotesOfStory(story!.id)
    expect(quotes).toHaveLength(5)
    for (const quote of quotes) expect((quote.speaker as Person).name).toBeTruthy()
    const draft = (await mongo.findByID({ collection: 'articles', id: story!.id, draft: true, depth: 0 })) as Article
    expect(draft.title).toBe(DRAFT_TITLE)
    expect(relationId((await queries.getSiteSettings()).leadStory)).toBe(story!.id)
  })

  it('keeps the staff’s byline and password', async () => {
    const story = await queries.findStoryBySlug(MAIN_STORY_SLUG)
    const login = await mongo.login({ collection: 'users', data: { email: EDITOR.email, password: EDITOR.password } })
    // The first staff account is an admin (Users/hooks/firstUserIsAdmin.ts), on SQLite and so after the restore.
    expect(login.user?.role).toBe('admin')
    expect(story!.byline).toBe(EDITOR.name)
    expect((story!.authors ?? []).map((author) => relationId(author))).toEqual([login.user!.id])
  })

  it('keeps the reader’s password (the hashes were asked for) and their meter, on the story’s new id', async () => {
    const login = await mongo.login({ collection: 'readers', data: { email: READER.email, password: READER.password } })
    expect(login.token).toBeTruthy()
    const story = await queries.findStoryFacts(MAIN_STORY_SLUG)
    expect(login.user?.meter?.readArticleIds).toEqual([story!.id])
    expect(seededArticleIds).not.toContain(story!.id)
  })

  it('is refused by a database that is not empty, which it leaves as it was', async () => {
    const before = await countAll(mongo)
    await expect(restoreBackup(mongo, fromSqlite)).rejects.toThrow(/the database is not empty: articles holds/)
    expect(await countAll(mongo)).toEqual(before)
  })
})

describe('MongoDB → SQLite', () => {
  it('restores the MongoDB backup into a fresh SQLite database, which backs up to the same backup again', async () => {
    vi.resetModules()
    const { bootSqlitePayload: bootSqlite } = await import('../support/harness')
    const { restoreBackup: restoreIntoSqlite } = await import('@/scripts/backup/restore')
    const { writeBackup: writeFromSqlite } = await import('@/scripts/backup/write')
    const sqlite = await bootSqlite()
    try {
      expect(sqlite.payload.db.name).toBe('sqlite')
      const restored = await restoreIntoSqlite(sqlite.payload, fromMongo)
      expect(restored.dangling).toEqual([])
      const again = path.join(work, 'again-from-sqlite')
      await writeFromSqlite(sqlite.payload, again, { withPasswordHashes: true })
      expect(normalised(again)).toEqual(normalised(fromSqlite))
      // Stories that name each other as related are written before the rows they name: the second pass fills them in.
      const related = (await sqlite.payload.find({ collection: 'articles', depth: 0, pagination: false })).docs.flatMap((doc) => doc.related ?? [])
      expect(related.length).toBeGreaterThan(0)
    } finally {
      await sqlite.cleanup()
    }
  })
})

describe('a backup without password hashes', () => {
  it('holds none, and says so in its manifest', async () => {
    const dir = path.join(work, 'no-hashes')
    await writeBackup(mongo, dir, { withPasswordHashes: false })
    expect(readManifest(dir).passwordHashes).toBe(false)
    const readers = JSON.parse(fs.readFileSync(path.join(dir, 'collections/readers.json'), 'utf8')) as CollectionFile
    expect(readers.documents).toHaveLength(1)
    expect(readers.documents[0]).toMatchObject({ email: READER.email })
    for (const field of ['hash', 'salt', 'sessions']) expect(readers.documents[0], field).not.toHaveProperty(field)
  })
})

const readManifest = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as Manifest
const readJson = <T>(dir: string, file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as T

/**
 * A backup with each id replaced by its document's place in its collection (the order
 * its database made them), and nulls dropped (SQLite stores an empty field as null, MongoDB
 * leaves it out): two backups of the same content compare equal.
 */
function normalised(dir: string) {
  const manifest = readManifest(dir)
  const files = manifest.collections.map(({ file }) => readJson<CollectionFile>(dir, file))
  const places = new Map(
    files.map(({ collection, documents }) => [collection, new Map(documents.map((doc, index) => [String(doc.id), `${collection}#${index}`]))]),
  )
  const resolve = (collection: string, id: DocumentId) => places.get(collection)?.get(String(id))
  const fieldsOf = (collection: string) => mongo.collections[collection as CollectionSlug].config.flattenedFields
  const normalise = (fields: ReturnType<typeof fieldsOf>, data: Record<string, unknown>) =>
    withoutNulls(mapReferences({ fields, data, resolve, richTextBlocksOf }).data)

  const collections = Object.fromEntries(
    files.map(({ collection, documents }) => [collection, documents.map(({ id: _id, ...doc }) => normalise(fieldsOf(collection), doc))]),
  )
  const versions = manifest.versions.map(({ file }) => {
    const { collection, versions: list } = readJson<VersionsFile>(dir, file)
    return list.map(({ parent, version, ...rest }) =>
      withoutNulls({ ...rest, parent: resolve(collection, parent), version: normalise(fieldsOf(collection), version) }),
    )
  })
  const globals = manifest.globals.map(({ file }) => {
    const { global, data } = readJson<GlobalFile>(dir, file)
    // A global's creation date is the restore's on SQLite (its adapter dates a new global now): its last change keeps its date.
    const { createdAt: _createdAt, ...rest } = data
    return normalise(mongo.config.globals.find((candidate) => candidate.slug === global)!.flattenedFields, rest)
  })
  const checksums = new Map(manifest.files.map((file) => [file.path, file.sha256]))
  const uploads = manifest.uploads.map((upload) => ({ ...upload, sha256: checksums.get(upload.file) })).sort((a, b) => a.file.localeCompare(b.file))
  return { collections, versions, globals, uploads }
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, entry]) => entry !== null && entry !== undefined)
      .map(([key, entry]) => [key, withoutNulls(entry)]),
  )
}
