/**
 * An account as the REST API returns it, without its `sessions` (every signed-in device's
 * session id and times): Payload includes them in login, `me`, refresh and reads of the
 * account, and its JWT strategy reads them from the same document, so they cannot be left
 * out earlier (an afterRead hook would sign everyone out). Nobody needs them in a response.
 */
type Json = { [key: string]: unknown }

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

function stripped(account: unknown): unknown {
  if (!isObject(account) || !('sessions' in account)) return account
  const { sessions: _sessions, ...rest } = account
  return rest
}

/** The response body with `sessions` removed from the account wherever Payload puts one: `user`, `doc`, `docs[]`, or the body itself. */
export function withoutSessions(body: unknown): unknown {
  if (!isObject(body)) return body
  const result: Json = { ...(stripped(body) as Json) }
  if ('user' in result) result.user = stripped(result.user)
  if ('doc' in result) result.doc = stripped(result.doc)
  if (Array.isArray(result.docs)) result.docs = result.docs.map(stripped)
  return result
}
