import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/** One response body in each encoding a browser may accept, made once and served many times. */
export type CompressedBodies = { identity: Buffer; gzip: Buffer; br: Buffer }
export type ContentEncoding = keyof CompressedBodies

/**
 * Brotli at quality 5: measured on 40 KB of text here, quality 5 gave 9.5 KB in 1.9 ms, 9 gave
 * 9.3 KB in 23 ms and 11 gave 8.5 KB in 116 ms. After a publish every page is rendered and
 * compressed again while readers wait for it: a kilobyte is not worth a tenth of a second.
 */
export async function compressedBodies(text: string): Promise<CompressedBodies> {
  const identity = Buffer.from(text)
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzipped(identity, { level: 9 }),
  ])
  return { identity, gzip: gz, br }
}

/**
 * The encoding to send for an `Accept-Encoding` header: Brotli, else gzip, else none, leaving out
 * any the client refuses with `q=0` (RFC 9110 §12.5.3; `*` stands for the ones not named).
 */
export function preferredEncoding(acceptEncoding: string | undefined): ContentEncoding {
  if (!acceptEncoding) return 'identity'
  const weights = new Map<string, number>()
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...parameters] = part.trim().split(';')
    const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    if (name) weights.set(name.trim(), Number.isFinite(weight) ? weight : 0)
  }
  const accepts = (encoding: string) => (weights.get(encoding) ?? weights.get('*') ?? 0) > 0
  if (accepts('br')) return 'br'
  if (accepts('gzip')) return 'gzip'
  return 'identity'
}
