import { beforeAll, describe, expect, it } from 'vitest'

import { DEMO_LOGINS, DEMO_PASSWORD } from '@/seed/constants'

import { createReaderAccount, Reader, readerLogin, signedInStaff } from '../support/reader'

/** What no one but an admin may do over the API, although Payload's defaults let any signed-in account. */
let reader: Reader

beforeAll(async () => {
  await createReaderAccount(await signedInStaff(), 'privileges@example.com')
  ;({ reader } = await readerLogin('privileges@example.com'))
})

describe('unlocking an account locked after wrong passwords', () => {
  const unlock = (who: Reader, collection: 'users' | 'readers', email: string) => who.send('POST', `/api/${collection}/unlock`, { email })

  it('is refused to staff who are not admins, whose account it is not to unlock', async () => {
    for (const role of ['journalist', 'editor'] as const) {
      const response = await unlock(await signedInStaff(role), 'users', DEMO_LOGINS.admin.email)
      expect(response.status, role).toBe(403)
    }
    expect((await unlock(await signedInStaff('editor'), 'readers', 'privileges@example.com')).status).toBe(403)
  })

  it('is refused to readers and to anyone not signed in', async () => {
    expect((await unlock(reader, 'users', DEMO_LOGINS.journalist.email)).status).toBe(403)
    expect((await unlock(reader, 'readers', 'privileges@example.com')).status).toBe(403)
    expect((await unlock(new Reader(), 'users', DEMO_LOGINS.journalist.email)).status).toBe(403)
  })

  it('is an admin’s to do', async () => {
    expect((await unlock(await signedInStaff(), 'users', DEMO_LOGINS.journalist.email)).status).toBe(200)
    expect((await unlock(await signedInStaff(), 'readers', 'privileges@example.com')).status).toBe(200)
  })
})

describe('starting the job runner over HTTP', () => {
  it('is refused to readers and to staff who are not admins', async () => {
    const path = '/api/payload-jobs/run'
    expect((await reader.get(path)).status).toBe(401)
    expect((await (await signedInStaff('editor')).get(path)).status).toBe(401)
    expect((await new Reader().get(path)).status).toBe(401)
  })

  it('is an admin’s to do', async () => {
    expect((await (await signedInStaff()).get('/api/payload-jobs/run?limit=1')).status).toBe(200)
  })

  it('has no schedules to handle: that endpoint of Payload’s is a 404 for everyone, not its 500', async () => {
    for (const caller of [reader, new Reader(), await signedInStaff()]) {
      expect((await caller.get('/api/payload-jobs/handle-schedules')).status).toBe(404)
    }
  })
})

describe('an account as the REST API returns it', () => {
  it('carries no sessions: not on logging in, not from me, not read by id, not in a list', async () => {
    const staffLogin = await new Reader().send('POST', '/api/users/login', { email: DEMO_LOGINS.admin.email, password: DEMO_PASSWORD })
    const readerSignIn = await readerLogin('privileges@example.com')
    const admin = await signedInStaff()
    const me = (await admin.get('/api/users/me')).json()
    const bodies = [await staffLogin.json(), await readerSignIn.response.json(), await me, await (await reader.get('/api/readers/me')).json()]
    const { user } = bodies[0] as { user: { id: string | number } }
    bodies.push(await (await admin.get(`/api/users/${user.id}`)).json(), await (await admin.get('/api/users?limit=5')).json())
    for (const body of bodies) {
      expect(JSON.stringify(body)).toContain('"email"')
      expect(JSON.stringify(body)).not.toContain('"sessions"')
    }
  })
})

describe('admin preferences', () => {
  const keep = (who: Reader) => who.send('POST', '/api/payload-preferences/newsroom-test', { value: { collapsed: true } })

  it('are refused to readers and to anyone not signed in', async () => {
    for (const who of [reader, new Reader()]) {
      const response = await keep(who)
      expect(response.status).toBe(403)
      expect(await response.text()).toContain('Admin preferences are kept for newsroom staff only.')
    }
    expect((await reader.get('/api/payload-preferences/newsroom-test')).status).toBe(403)
  })

  it('are kept for staff', async () => {
    const staff = await signedInStaff('contributor')
    expect((await keep(staff)).status).toBe(200)
    expect((await staff.get('/api/payload-preferences/newsroom-test')).status).toBe(200)
  })
})

