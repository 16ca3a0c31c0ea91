import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { compressedBodies, preferredEncoding } from '@/lib/http/compressedBodies'

describe('a page compressed once', () => {
  it('decompresses to the same text in each encoding, and is smaller', async () => {
    const html = `<!DOCTYPE html><p>${'Bolivia’s interest in Iranian drones. '.repeat(400)}</p>`
    const bodies = await compressedBodies(html)
    expect(bodies.identity.toString()).toBe(html)
    expect(gunzipSync(bodies.gzip).toString()).toBe(html)
    expect(brotliDecompressSync(bodies.br).toString()).toBe(html)
    expect(bodies.br.length).toBeLessThan(bodies.identity.length / 10)
  })
})

describe('the encoding sent', () => {
  it('is what the browser accepts, Brotli first', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(preferredEncoding('gzip, deflate')).toBe('gzip')
    expect(preferredEncoding(undefined)).toBe('identity')
    expect(preferredEncoding('')).toBe('identity')
    expect(preferredEncoding('identity')).toBe('identity')
  })

  it('leaves out what the browser refuses with q=0, and reads * for the rest', () => {
    expect(preferredEncoding('br;q=0, gzip;q=0.5')).toBe('gzip')
    expect(preferredEncoding('*')).toBe('br')
    expect(preferredEncoding('*;q=0, gzip')).toBe('gzip')
    expect(preferredEncoding('BR;Q=0.1')).toBe('br')
    expect(preferredEncoding('br;q=nonsense, gzip')).toBe('gzip')
  })
})
