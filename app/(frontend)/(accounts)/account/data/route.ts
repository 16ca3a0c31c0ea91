import { accountExport } from '@/accounts/accountExport'
import { asReader, currentVisitor } from '@/accounts/session'

// Per reader: no cache, shared or private, may keep a copy.
const PRIVATE = { 'cache-control': 'private, no-store' }

export async function GET(): Promise<Response> {
  const { user } = await currentVisitor()
  const reader = asReader(user)
  if (!reader) {
    const message = user ? 'Staff accounts are kept in the newsroom admin.' : 'Log in to download the data of your account.'
    return Response.json({ error: message }, { status: user ? 403 : 401, headers: PRIVATE })
  }
  return new Response(`${JSON.stringify(accountExport(reader, new Date()), null, 2)}\n`, {
    headers: {
      ...PRIVATE,
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="newsroom-account.json"',
    },
  })
}
