// Reading stops at `limit`, whatever Content-Length claims, so an endless upload costs nothing.
export async function readBodyUpTo(request: Request, limit: number): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(part.value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * A truncated multipart body makes Payload and server actions fail with a 500; callers answer 400.
 * Reads a copy: the body is left for its handler.
 */
export async function isReadableForm(request: Request): Promise<boolean> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) return true
  try {
    await request.clone().formData()
    return true
  } catch {
    return false
  }
}
