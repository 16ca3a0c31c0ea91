import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

export type CompressedBodies = { identity: Buffer; gzip: Buffer; br: Buffer }
export type ContentEncoding = keyof CompressedBodies

/**
 * Brotli at quality 5: on 40 KB of text, 9.5 KB in 1.9 ms, where 11 gave 8.5 KB in 116 ms.
 * After a publish readers wait for every page to be compressed again.
 */
export async function compressedBodies(text: string): Promise<CompressedBodies> {
  const identity = Buffer.from(text)
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzipped(identity, { level: 9 }),
  ])
  return { identity, gzip: gz, br }
}

// RFC 9110 §12.5.3: `q=0` refuses an encoding; `*` stands for those not named.
// Browsers send a handful of spellings; each is parsed once. Bounded, as clients choose the text.
const decided = new Map<string, ContentEncoding>()
const MAX_DECIDED = 256

export function preferredEncoding(acceptEncoding: string | undefined): ContentEncoding {
  if (!acceptEncoding) return 'identity'
  let encoding = decided.get(acceptEncoding)
  if (encoding === undefined) {
    if (decided.size >= MAX_DECIDED) decided.clear()
    encoding = encodingOf(acceptEncoding)
    decided.set(acceptEncoding, encoding)
  }
  return encoding
}

function encodingOf(acceptEncoding: string): ContentEncoding {
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
