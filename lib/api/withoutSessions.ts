/**
 * Nobody needs every device's session in a response, but Payload's JWT strategy reads them from
 * the same document, so they are dropped from the body: an afterRead hook would sign everyone out.
 */
type Json = { [key: string]: unknown }

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

function stripped(account: unknown): unknown {
  if (!isObject(account) || !('sessions' in account)) return account
  const { sessions: _sessions, ...rest } = account
  return rest
}

export function withoutSessions(body: unknown): unknown {
  if (!isObject(body)) return body
  const result: Json = { ...(stripped(body) as Json) }
  if ('user' in result) result.user = stripped(result.user)
  if ('doc' in result) result.doc = stripped(result.doc)
  if (Array.isArray(result.docs)) result.docs = result.docs.map(stripped)
  return result
}
