/**
 * A request body as text, or null once it passes `limit` bytes: reading stops there,
 * whatever Content-Length claims, so an oversized or endless upload costs nothing.
 */
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
 * Whether a form post's body can be read as the form it says it is (multipart or
 * urlencoded). A truncated multipart body, or one without its boundary, makes Payload and
 * Next's server actions fail with a 500: their callers answer 400 instead. Reads a copy:
 * the request's own body is left for its handler. Any other body counts as readable.
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
