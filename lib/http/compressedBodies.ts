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
