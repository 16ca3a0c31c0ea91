/**
 * With S3_BUCKET set, media go through Payload's S3 storage adapter (lib/platform/mediaStorage.ts) into
 * the bucket, here s3rver's: an in-process S3 stand-in on a free loopback port
 * (tests/support/bucket.ts). An upload and each size sharp makes of it become objects under
 * S3_PREFIX and nothing is written to the media folder; Payload serves them back at the URL it
 * gives, refusing readers an image nothing public uses yet, as on disk; deleting the image
 * deletes its objects. The seed's photos go there too, and a backup of the seeded site holds
 * them and restores them into another site's bucket, which then serves the story's photo. On
 * SQLite, or on the MongoDB path under `npm run test:mongo` (the restored site is on SQLite).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createLocalReq, handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { restoreBackup } from '@/scripts/backup/restore'
import { writeBackup } from '@/scripts/backup/write'
import { showMediaToReaders } from '@/collections/Media/showToReaders'
import type { Media } from '@/payload-types'
import { MAIN_STORY_SLUG } from '@/seed/constants'
import { seed } from '@/seed/index'

import { startTestBuckets, type TestBuckets } from '../support/bucket'

import { bootPayload, type BootedPayload } from '../support/harness'

const BUCKET = 'newsroom-media'
const RESTORED_BUCKET = 'newsroom-restored'
const PREFIX = 'site/media'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-s3-'))
let buckets: TestBuckets
let site: BootedPayload
let restoredSite: BootedPayload | undefined

/** The original's file and each generated size's (a size the image is too small for has none). */
const filenamesOf = (media: Media): string[] => [
  ...new Set([media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))),
]

/** A GET through Payload's REST API, as the site's /api route hands it over, by a reader (no session). */
const get = ({ payload, dir }: BootedPayload, url: string) =>
  handleEndpoints({ config: payload.config, request: new Request(new URL(url, 'http://localhost:3000')), payloadInstanceCacheKey: dir })

/** Wide enough for both generated sizes (640 and 1600 pixels): Payload does not enlarge. */
async function uploadPhoto(payload: Payload, name: string): Promise<Media> {
  const data = await sharp({ create: { width: 2000, height: 1125, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: `Photo ${name}` },
    file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
  })
}

beforeAll(async () => {
  buckets = await startTestBuckets([BUCKET, RESTORED_BUCKET])
  Object.assign(process.env, buckets.env(BUCKET, PREFIX))
  site = await bootPayload()
}, 60_000)

afterAll(async () => {
  await site?.cleanup()
  await restoredSite?.cleanup()
  for (const name of Object.keys(buckets?.env(BUCKET, PREFIX) ?? {})) delete process.env[name]
  await buckets?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('media in an S3 bucket', () => {
  let photo: Media

  it('stores the original and each generated size as objects under the prefix, and nothing in the media folder', async () => {
    photo = await uploadPhoto(site.payload, 'harbour')
    expect(photo.sizes?.card?.width).toBe(640)
    expect(photo.sizes?.hero?.width).toBe(1600)
    expect(photo.prefix).toBe(PREFIX)
    expect(await buckets.keys(BUCKET)).toEqual(
      filenamesOf(photo)
        .map((filename) => `${PREFIX}/${filename}`)
        .sort(),
    )
    const hero = await sharp(await buckets.object(BUCKET, `${PREFIX}/${photo.sizes!.hero!.filename}`)).metadata()
    expect([hero.width, hero.height]).toEqual([1600, 900])
    expect(fs.existsSync(path.join(site.dir, 'media'))).toBe(false)
  })

  it('serves the files through Payload at the URLs it gives, to readers only once something public uses the image', async () => {
    const files = [
      [photo.url!, photo.filename!],
      [photo.sizes!.hero!.url!, photo.sizes!.hero!.filename!],
    ]
    for (const [url, filename] of files) {
      expect(new URL(url).pathname).toBe(`/api/media/file/${filename}`)
      expect((await get(site, url)).status).toBe(403)
    }
    await showMediaToReaders(await createLocalReq({}, site.payload), [photo.id])
    for (const [url, filename] of files) {
      const response = await get(site, url)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      expect(Buffer.from(await response.arrayBuffer()).equals(await buckets.object(BUCKET, `${PREFIX}/${filename}`))).toBe(true)
    }
  })

  it('deletes the objects of an image deleted', async () => {
    await site.payload.delete({ collection: 'media', id: photo.id })
    expect(await buckets.keys(BUCKET)).toEqual([])
  })
})

describe("the seed's photos, backed up and restored into another bucket", () => {
  it('seeds every photo into the bucket', async () => {
    await seed(site.payload)
    const { docs } = await site.payload.find({ collection: 'media', pagination: false, depth: 0 })
    expect(docs.length).toBeGreaterThan(5)
    expect(await buckets.keys(BUCKET)).toEqual(docs.flatMap((media) => filenamesOf(media).map((filename) => `${PREFIX}/${filename}`)).sort())
    expect(fs.existsSync(path.join(site.dir, 'media'))).toBe(false)
  }, 120_000)

  it("holds each object in the backup, and the restored site's bucket serves the story's photo", async () => {
    const backupDir = path.join(work, 'backup')
    const { manifest, missingUploads } = await writeBackup(site.payload, backupDir, { withPasswordHashes: false })
    const seeded = await buckets.keys(BUCKET)
    expect(missingUploads).toEqual([])
    expect(manifest.uploads.map((upload) => `${PREFIX}/${upload.filename}`).sort()).toEqual(seeded)
    for (const upload of manifest.uploads) {
      expect(fs.readFileSync(path.join(backupDir, upload.file)).equals(await buckets.object(BUCKET, `${PREFIX}/${upload.filename}`))).toBe(true)
    }

    // Another site, on its own SQLite database and bucket (a config built afresh from the environment).
    vi.resetModules()
    process.env.S3_BUCKET = RESTORED_BUCKET
    const { bootSqlitePayload: bootAnother } = await import('../support/harness')
    restoredSite = await bootAnother()
    const summary = await restoreBackup(restoredSite.payload, backupDir)
    expect(summary.uploads).toBe(manifest.uploads.length)
    expect(await buckets.keys(RESTORED_BUCKET)).toEqual(seeded)
    expect(fs.existsSync(path.join(restoredSite.dir, 'media'))).toBe(false)

    const story = (await restoredSite.payload.find({ collection: 'articles', where: { slug: { equals: MAIN_STORY_SLUG } }, depth: 1, limit: 1 })).docs[0]
    const hero = story.heroImage as Media
    const response = await get(restoredSite, hero.sizes!.hero!.url!)
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).equals(await buckets.object(RESTORED_BUCKET, `${PREFIX}/${hero.sizes!.hero!.filename}`))).toBe(true)
  }, 120_000)
})
