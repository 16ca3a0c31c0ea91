import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TOO_MANY_ATTEMPTS_HEADING } from '@/delivery/plainPages'
import { LIMITED_GRAPHQL_MUTATIONS } from '@/delivery/rateLimits'
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/seed/constants'

import { sendAsWritten } from '../support/rawRequest'
import { createReaderAccount, Reader, READER_PASSWORD } from '../support/reader'
import { startNewsroom, type RunningNewsroom } from '../support/server'

// Its own server, on the default limits (the suite's runs with RATE_LIMIT_SCALE=1000): every request comes from 127.0.0.1.
let newsroom: RunningNewsroom
// A second one on the same database, behind a proxy it trusts: each test is a client of its own, named in X-Forwarded-For.
let proxied: RunningNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom({ env: { RATE_LIMIT_SCALE: '1' } })
  proxied = await startNewsroom({ env: { RATE_LIMIT_SCALE: '1', TRUSTED_PROXY_HOPS: '1' }, shareDatabaseOf: newsroom })
})

afterAll(async () => {
  await proxied?.stop()
  await newsroom?.stop()
})

let guesses = 0
/** A fresh address for each wrong password: these tests are about the per-client limits, not the per-account one. */
const freshAddress = () => `nobody-${++guesses}@example.com`

const TOO_MANY = /^Too many attempts from your address; try again in (\d+) seconds?\.$/

/** A login's 429: when to come back (within the minute's window), never cached, with the site's headers. */
function expectRefusedForUpToAMinute(limited: Response): void {
  expect(limited.status).toBe(429)
  const retryAfter = Number(limited.headers.get('retry-after'))
  expect(retryAfter).toBeGreaterThan(0)
  expect(retryAfter).toBeLessThanOrEqual(60)
  expect(limited.headers.get('cache-control')).toBe('no-store')
  expect(limited.headers.get('x-content-type-options')).toBe('nosniff')
}

describe('the rate limit on logins', () => {
  it('lets ten attempts a minute through, answers the eleventh with a 429 that says when to come back, and is not fooled by X-Forwarded-For', async () => {
    const client = new Reader(newsroom.url)
    const wrongLogin = (headers: Record<string, string> = {}) =>
      client.request('/api/readers/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ email: freshAddress(), password: 'a wrong guess' }),
      })
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await wrongLogin()
      await response.arrayBuffer()
      expect([400, 401]).toContain(response.status)
    }

    const limited = await wrongLogin()
    expect(limited.status).toBe(429)
    expectRefusedForUpToAMinute(limited)
    expect(limited.headers.get('content-type')).toMatch(/^application\/json/)
    const { errors } = (await limited.json()) as { errors: { message: string }[] }
    expect(errors[0].message).toMatch(TOO_MANY)

    // No proxy is trusted here: whatever the client writes into the header, it is the same client.
    const spoofed = await wrongLogin({ 'x-forwarded-for': '198.51.100.23' })
    await spoofed.arrayBuffer()
    expect(spoofed.status).toBe(429)

    // Staff logins share the count, and a refused login is not tried at all: the right password gets no session either.
    const staff = new Reader(newsroom.url)
    const refused = await staff.send('POST', '/api/users/login', { email: DEMO_LOGINS.admin.email, password: DEMO_PASSWORD })
    await refused.arrayBuffer()
    expect(refused.status).toBe(429)
    expect(staff.cookies.has('payload-token')).toBe(false)

    // Reading is not limited.
    expect((await client.get('/')).status).toBe(200)
    expect((await client.get('/login')).status).toBe(200)
  })
})

describe('the rate limit on password resets', () => {
  it('answers the sixth reset form in ten minutes with a readable 429 page, and leaves the form page itself alone', async () => {
    const client = new Reader(newsroom.url)
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await client.submitForm('/forgot-password', { email: `reset-${attempt}@example.com` })
      await response.arrayBuffer()
      expect(response.status).toBe(303)
    }
    const limited = await client.submitForm('/forgot-password', { email: 'reset-6@example.com' })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(60)
    expect(limited.headers.get('cache-control')).toBe('no-store')
    expect(limited.headers.get('content-security-policy')).toContain("script-src 'none'")
    expect(limited.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await limited.text()
    expect(html).toContain(`<h1>${TOO_MANY_ATTEMPTS_HEADING}</h1>`)
    expect(html).toMatch(/try again in \d+ seconds/)
    expect(html).toContain('href="/forgot-password"')

    expect((await client.get('/forgot-password')).status).toBe(200)
  })
})

type GraphqlAnswer = { data?: Record<string, unknown> | null; errors?: { message: string }[] }

/** A client of the proxied server, as the proxy names it, sending GraphQL and REST as an API client would. */
function proxiedClient(address: string, headers: Record<string, string> = {}) {
  const client = new Reader(proxied.url)
  const forwarded = { 'x-forwarded-for': address, ...headers }
  return {
    graphql: (query: string, operationName?: string) =>
      client.request('/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...forwarded },
        body: JSON.stringify({ query, operationName }),
      }),
    post: (path: string, data: unknown) =>
      client.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...forwarded }, body: JSON.stringify(data) }),
    submitForm: (path: string, values: Record<string, string>) => client.submitForm(path, values, forwarded),
  }
}

const WRONG_LOGIN = () => `loginReader(email: "${freshAddress()}", password: "a wrong guess") { token }`
const aliased = (field: () => string, times: number) => `mutation { ${Array.from({ length: times }, (_, index) => `attempt${index}: ${field()}`).join(' ')} }`

describe('the rate limits on GraphQL', () => {
  it('count every counted mutation under a name of the schema', async () => {
    const client = proxiedClient('192.0.2.200')
    for (const field of LIMITED_GRAPHQL_MUTATIONS.keys()) {
      // Without its arguments GraphQL refuses it before it runs: a name not in the schema would be "Cannot query field".
      const answer = (await (await client.graphql(`mutation { ${field} }`)).json()) as GraphqlAnswer
      expect(answer.errors?.length, field).toBeGreaterThan(0)
      for (const error of answer.errors ?? []) expect(error.message, field).not.toMatch(/Cannot query field/)
    }
  })

  it('count each aliased login apart, together with REST logins, and refuse the whole document past the limit', async () => {
    const client = proxiedClient('203.0.113.50')
    const four = await client.graphql(aliased(WRONG_LOGIN, 4))
    expect(four.status).toBe(200)
    const { errors } = (await four.json()) as GraphqlAnswer
    expect(errors?.map((error) => error.message)).toEqual(Array(4).fill('The email or password provided is incorrect.'))
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await client.post('/api/readers/login', { email: freshAddress(), password: 'a wrong guess' })
      await response.arrayBuffer()
      expect([400, 401]).toContain(response.status)
    }

    // Nine so far: two more are one too many, and neither runs.
    const limited = await client.graphql(aliased(WRONG_LOGIN, 2))
    expect(limited.status).toBe(429)
    expectRefusedForUpToAMinute(limited)
    const refused = (await limited.json()) as GraphqlAnswer
    expect(refused.data).toBeUndefined()
    expect(refused.errors?.[0].message).toMatch(TOO_MANY)

    // The REST login shares the count; a staff login with the right password is refused unrun, whatever the client says it is.
    const rest = await client.post('/api/users/login', { email: DEMO_LOGINS.admin.email, password: DEMO_PASSWORD })
    await rest.arrayBuffer()
    expect(rest.status).toBe(429)
    const staffLogin = `mutation { loginUser(email: "${DEMO_LOGINS.admin.email}", password: "${DEMO_PASSWORD}") { token } }`
    const claimingAnother = proxiedClient('203.0.113.50', { 'x-newsroom-client': '198.51.100.77' })
    const staff = await claimingAnother.graphql(staffLogin)
    expect(staff.status).toBe(429)
    expect(((await staff.json()) as GraphqlAnswer).data).toBeUndefined()

    // Queries, and the operation of a document that is not the login, go on; so does another client's login.
    expect((await client.graphql('{ __typename }')).status).toBe(200)
    const notTheLogin = await client.graphql(`query Look { __typename } mutation Guess { ${WRONG_LOGIN()} }`, 'Look')
    expect(((await notTheLogin.json()) as GraphqlAnswer).data).toEqual({ __typename: 'Query' })
    const other = await proxiedClient('203.0.113.51').graphql(staffLogin)
    expect(other.status).toBe(200)
    expect(((await other.json()) as { data: { loginUser: { token: string } } }).data.loginUser.token).toBeTruthy()
  })

  it('count password resets with the reset form, and registrations with the REST sign-up', async () => {
    const resetter = proxiedClient('203.0.113.60')
    const resets = await resetter.graphql(aliased(() => 'forgotPasswordReader(email: "nobody@example.com")', 5))
    expect(resets.status).toBe(200)
    await resets.arrayBuffer()
    const form = await resetter.submitForm('/forgot-password', { email: 'nobody@example.com' })
    expect(form.status).toBe(429)
    expect(await form.text()).toContain(`<h1>${TOO_MANY_ATTEMPTS_HEADING}</h1>`)

    // Six sign-ups in one document are one too many: none of them is made.
    const registrar = proxiedClient('203.0.113.61')
    const signUp = (index: number) => `createReader(data: { email: "graphql-signup-${index}@example.com", password: "a-long-password" }) { id }`
    const document = `mutation { ${Array.from({ length: 6 }, (_, index) => `r${index}: ${signUp(index)}`).join(' ')} }`
    const registrations = await registrar.graphql(document)
    expect(registrations.status).toBe(429)
    await registrations.arrayBuffer()
    const rest = await registrar.post('/api/readers', { email: 'graphql-signup-rest@example.com', password: 'a-long-password' })
    await rest.arrayBuffer()
    expect(rest.status).toBe(429)
    const staff = new Reader(proxied.url)
    const staffHeaders = { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.62' }
    const signIn = await staff.request('/api/users/login', {
      method: 'POST',
      headers: staffHeaders,
      body: JSON.stringify({ email: DEMO_LOGINS.admin.email, password: DEMO_PASSWORD }),
    })
    expect(signIn.status).toBe(200)
    const made = (await (await staff.get('/api/readers?where[email][contains]=graphql-signup')).json()) as { totalDocs: number }
    expect(made.totalDocs).toBe(0)
  })
})

describe('the rate limits on IPv6 clients', () => {
  it('count a whole /64 as one client, however many of its addresses it uses', async () => {
    const wrongLogin = async (address: string) => {
      const response = await proxiedClient(address).post('/api/readers/login', { email: freshAddress(), password: 'a wrong guess' })
      await response.arrayBuffer()
      return response.status
    }
    for (let attempt = 1; attempt <= 10; attempt++) expect([400, 401]).toContain(await wrongLogin(`2001:db8:0:7::${attempt.toString(16)}`))
    expect(await wrongLogin('2001:db8:0:7:ffff:ffff:ffff:ffff')).toBe(429)
    expect(await wrongLogin('2001:DB8:0:7:0:0:a:1')).toBe(429)
    // The next /64 is someone else.
    expect([400, 401]).toContain(await wrongLogin('2001:db8:0:8::1'))
  })
})

describe('the rate limits under another spelling of their path', () => {
  const wrongLogin = () => JSON.stringify({ email: freshAddress(), password: 'a wrong guess' })
  const postAsWritten = (address: string, path: string, body = wrongLogin(), contentType = 'application/json') =>
    sendAsWritten(proxied.url, { method: 'POST', path, headers: { 'content-type': contentType, 'x-forwarded-for': address }, body })

  it('count every spelling of the login with the login, so the eleventh attempt is refused whatever its spelling', async () => {
    const spellings = [
      '/api/readers/LOGIN',
      '/api/users/./login',
      '/api/x/../readers/login',
      '/api/readers/%2e/login',
      '/api/readers/%6Cogin',
      '//api//users/login/',
      '/api/readers/login;x',
      '/API/Users/Login',
      '/api\\readers\\login',
      '/api/readers/.%2E/readers/login',
    ]
    for (const path of spellings) {
      const answer = await postAsWritten('198.51.100.80', path)
      expect(answer.status, path).not.toBe(429)
      expect(answer.status, path).toBeLessThan(500)
    }
    for (const path of ['/api/readers/login', ...spellings]) expect((await postAsWritten('198.51.100.80', path)).status, path).toBe(429)
  })

  it('count reset emails and registrations under any spelling too', async () => {
    const reset = JSON.stringify({ email: DEMO_LOGINS.admin.email })
    for (let attempt = 1; attempt <= 5; attempt++) expect((await postAsWritten('198.51.100.81', '/api/users/./forgot-password', reset)).status).toBeLessThan(429)
    expect((await postAsWritten('198.51.100.81', '/api/users/forgot-password', reset)).status).toBe(429)

    for (let attempt = 1; attempt <= 5; attempt++) expect((await postAsWritten('198.51.100.82', '/./register', 'email=x', 'application/x-www-form-urlencoded')).status).not.toBe(429)
    const refused = await postAsWritten('198.51.100.82', '/register/', 'email=x', 'application/x-www-form-urlencoded')
    expect(refused.status).toBe(429)
    expect(refused.body).toContain(`<h1>${TOO_MANY_ATTEMPTS_HEADING}</h1>`)
  })
})

describe('guesses at one account', () => {
  const login = (address: string, email: string, password: string) =>
    proxiedClient(address).post('/api/readers/login', { email, password })

  it('stop the guessing client after five, the same for an address with no account, and never lock the owner out', async () => {
    const staff = new Reader(proxied.url)
    expect((await staff.send('POST', '/api/users/login', { email: DEMO_LOGINS.admin.email, password: DEMO_PASSWORD })).status).toBe(200)
    await createReaderAccount(staff, 'guessed-at@example.com')

    for (const email of ['guessed-at@example.com', 'nobody-guessed@example.com']) {
      for (let attempt = 1; attempt <= 5; attempt++) expect((await login('198.51.100.90', email, `guess ${attempt}`)).status).toBe(401)
    }
    const known = await login('198.51.100.90', 'guessed-at@example.com', READER_PASSWORD)
    const unknown = await login('198.51.100.90', 'nobody-guessed@example.com', READER_PASSWORD)
    expect([known.status, unknown.status]).toEqual([429, 429])
    const messageOf = async (response: Response) => ((await response.json()) as GraphqlAnswer).errors?.[0].message ?? ''
    const knownMessage = await messageOf(known)
    expect(knownMessage).toMatch(TOO_MANY)
    // The same words, but for the seconds left, which tick between the two answers.
    const withoutSeconds = (message: string) => message.replace(/\d+ seconds?/, 'N seconds')
    expect(withoutSeconds(await messageOf(unknown))).toBe(withoutSeconds(knownMessage))

    // The owner, from their own address, is not locked out by a stranger's guesses.
    expect((await login('198.51.100.91', 'guessed-at@example.com', READER_PASSWORD)).status).toBe(200)
  })
})
