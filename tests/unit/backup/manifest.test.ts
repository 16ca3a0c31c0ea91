import { describe, expect, it } from 'vitest'

import { fileProblems, parseManifest, sha256Of, type Manifest } from '@/scripts/backup/manifest'

const content = new TextEncoder().encode('{"collection":"people","documents":[]}\n')
const manifest: Manifest = {
  format: 'newsroom-backup',
  formatVersion: 1,
  createdAt: '2026-12-01T12:00:00.000Z',
  source: { database: 'sqlite' },
  passwordHashes: false,
  collections: [{ slug: 'people', documents: 0, file: 'collections/people.json' }],
  versions: [],
  globals: [],
  uploads: [],
  files: [{ path: 'collections/people.json', sha256: sha256Of(content), bytes: content.byteLength }],
}

describe('a backup manifest', () => {
  it('parses when it is one', () => {
    expect(parseManifest(JSON.stringify(manifest))).toEqual({ ok: true, manifest })
  })

  it('is refused when it is not JSON, or not a manifest of this format', () => {
    expect(parseManifest('{"format"')).toEqual({ ok: false, error: 'manifest.json is not JSON' })
    expect(parseManifest(JSON.stringify({ ...manifest, format: 'other' }))).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a backup manifest'),
    })
    expect(parseManifest(JSON.stringify({ ...manifest, formatVersion: 2 }))).toMatchObject({ ok: false })
    expect(parseManifest(JSON.stringify({ ...manifest, extra: true }))).toMatchObject({ ok: false })
  })

  it('names no file outside the backup folder', () => {
    for (const path of ['../secrets.json', '/etc/passwd', 'collections/../../x.json', 'a//b', 'collections\\people.json']) {
      const files = [{ ...manifest.files[0], path }]
      expect(parseManifest(JSON.stringify({ ...manifest, files })), path).toMatchObject({ ok: false })
    }
    const uploads = [{ collection: 'media', filename: '../x.png', file: 'files/media/x.png' }]
    expect(parseManifest(JSON.stringify({ ...manifest, uploads }))).toMatchObject({ ok: false })
  })
})

describe('a backup’s files against its manifest', () => {
  const reading = (files: Record<string, Uint8Array>) => (path: string) => files[path] ?? null

  it('agree when each file is there with its checksum and size', () => {
    expect(fileProblems(manifest, reading({ 'collections/people.json': content }))).toEqual([])
  })

  it('disagree when a file is missing, altered, or named without a checksum', () => {
    expect(fileProblems(manifest, reading({}))).toEqual(['collections/people.json is missing'])
    const altered = new TextEncoder().encode('{"collection":"people","documents":[{}]}\n')
    expect(fileProblems(manifest, reading({ 'collections/people.json': altered }))).toEqual(['collections/people.json does not match its checksum'])
    const unlisted = { ...manifest, globals: [{ slug: 'site-settings', file: 'globals/site-settings.json' }] }
    expect(fileProblems(unlisted, reading({ 'collections/people.json': content }))).toEqual(['globals/site-settings.json has no checksum in the manifest'])
  })
})
