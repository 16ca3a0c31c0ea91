/**
 * The hostile requests of the resilience suite: what an attacker or a broken client sends, in
 * families. Deterministic (a seeded generator), so a failure names a request that fails again.
 */

export type HostileRequest = {
  family: string
  method: string
  /** Sent as written: no URL parser normalises it on the way. */
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
}

export type CollectionFields = { slug: string; fields: string[] }

/** Mulberry32: small, seedable, good enough to pick cases. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PAGES = [
  '/',
  '/articles/bolivia-iranian-drones-concerns',
  '/people',
  '/people/edmundo-novillo',
  '/countries/bolivia',
  '/sections/latin-america',
  '/search',
  '/authors/demo-editor',
  '/login',
  '/register',
  '/account',
  '/subscribe',
  '/feed.xml',
  '/sitemap.xml',
  '/admin',
  '/api/articles',
  '/api/graphql',
  '/_next/static/x.js',
]

const BAD_ESCAPES = ['%', '%%', '%zz', '%C3', '%E0%A4%A', '%ff', '%00', '%2', '%u0041', '%c0%af', '%%32%65', '%ED%A0%80']

const TRAVERSALS = [
  '/../../etc/passwd',
  '/articles/..%2f..%2fetc%2fpasswd',
  '/..\\..\\windows',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/api/../../package.json',
  '/_next/../.env',
  '/_next/static/../../../.env',
  '/media/../../data/newsroom.db',
  '/api/media/file/..%2f..%2f.env',
  '/api/media/file/%2e%2e%2f.env',
]

const ODD_SEGMENTS = [
  'undefined',
  'null',
  '-1',
  '0',
  '1e309',
  '9'.repeat(30),
  'NaN',
  '[object Object]',
  "' OR 1=1 --",
  '{"$gt":""}',
  '<script>alert(1)</script>',
  'x'.repeat(3000),
  '😀',
  '\u0000',
]

/** Paths nobody should be able to break: escapes, traversal, nul bytes, overlong and odd ids. */
export function pathRequests(random: () => number): HostileRequest[] {
  const requests: HostileRequest[] = []
  for (const page of PAGES) {
    for (const escape of BAD_ESCAPES) requests.push({ family: 'bad escape', method: 'GET', path: `${page === '/' ? '' : page}/${escape}` })
    requests.push({ family: 'bad escape', method: 'GET', path: `${page}?q=${BAD_ESCAPES[Math.floor(random() * BAD_ESCAPES.length)]}` })
  }
  for (const traversal of TRAVERSALS) requests.push({ family: 'traversal', method: 'GET', path: traversal })
  const idRoutes = [
    '/articles/',
    '/people/',
    '/countries/',
    '/sections/',
    '/authors/',
    '/quotes/',
    '/api/articles/',
    '/api/quotes/',
    '/api/people/',
    '/api/media/',
    '/api/users/',
    '/api/readers/',
    '/api/search/',
    '/api/globals/',
    '/api/payload-jobs/',
    '/people/edmundo-novillo/stories/',
  ]
  for (const route of idRoutes) {
    for (const segment of ODD_SEGMENTS) requests.push({ family: 'odd id', method: 'GET', path: route + encodeURIComponent(segment) })
  }
  requests.push({ family: 'overlong', method: 'GET', path: `/${'a/'.repeat(3000)}` })
  requests.push({ family: 'overlong', method: 'GET', path: `/articles/${'%41'.repeat(2000)}` })
  requests.push({ family: 'overlong', method: 'GET', path: `/search?q=${'drone+'.repeat(1500)}` })
  for (let i = 0; i < 40; i += 1) requests.push({ family: 'random path', method: 'GET', path: randomPath(random) })
  for (const spelling of respellings('/api/readers/login')) {
    requests.push({ family: 'other spelling', method: 'POST', path: spelling, headers: json, body: '{"email":"nobody@example.com","password":"x"}' })
  }
  for (const page of ['/articles/bolivia-iranian-drones-concerns', '/internal/home/full', '/register', '/api/articles']) {
    for (const spelling of respellings(page)) requests.push({ family: 'other spelling', method: 'GET', path: spelling })
  }
  return requests
}

/** Every spelling of a path that some layer reads as the path itself (lib/http/canonicalPath.ts). */
function respellings(path: string): string[] {
  const [first, ...rest] = path.slice(1).split('/')
  const tail = rest.join('/')
  const escapedFirstLetter = `%${first.charCodeAt(0).toString(16)}${first.slice(1)}`
  return [
    `/${first}/./${tail}`,
    `/${first}/%2e/${tail}`,
    `/x/../${first}/${tail}`,
    `/x/%2E%2E/${first}/${tail}`,
    `//${first}//${tail}/`,
    `/${first.toUpperCase()}/${tail.toUpperCase()}`,
    `/${escapedFirstLetter}/${tail}`,
    `/${first}/${tail};x=1`,
    `/${first}\\${tail}`,
    `/${first}%2f${tail}`,
  ]
}

function randomPath(random: () => number): string {
  const alphabet = "abcXYZ019-_.~!$&'()*+,;=:@%/?#[]"
  const length = 1 + Math.floor(random() * 60)
  let path = '/'
  for (let i = 0; i < length; i += 1) path += alphabet[Math.floor(random() * alphabet.length)]
  return path.replace('#', '%23')
}

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'like',
  'contains',
  'exists',
  'greater_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'bogus',
  '$where',
  '__proto__',
]
const VALUES = ['x', '1', '-1', '1e309', 'true', '', '%00', '[]', '{}', '12,34,5000', 'a'.repeat(5000)]

/** `where`, `sort`, `select`, `depth`, `limit`, `page` on every collection and field, hidden ones included. */
export function queryRequests(collections: CollectionFields[], random: () => number): HostileRequest[] {
  const requests: HostileRequest[] = []
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
  for (const { slug, fields } of collections) {
    const base = `/api/${slug}`
    for (const field of fields) {
      const operator = pick(OPERATORS)
      requests.push({ family: 'where', method: 'GET', path: `${base}?where[${field}][${operator}]=${encodeURIComponent(pick(VALUES))}` })
      requests.push({
        family: 'where (array)',
        method: 'GET',
        path: `${base}?where[${field}][${pick(OPERATORS)}][0]=a&where[${field}][${pick(OPERATORS)}][1][x]=b`,
      })
      requests.push({ family: 'sort/select', method: 'GET', path: `${base}?sort=-${field}&select[${field}]=true` })
    }
    requests.push({ family: 'where (nested)', method: 'GET', path: `${base}?${'where' + '[or][0][and][0]'.repeat(40)}[id][equals]=1` })
    requests.push({
      family: 'where (wide)',
      method: 'GET',
      path: `${base}?${Array.from({ length: 800 }, (_, i) => `where[or][${i}][id][equals]=${i}`).join('&')}`,
    })
    requests.push({ family: 'where (string)', method: 'GET', path: `${base}?where=${encodeURIComponent('{"id":{"equals":1}}')}` })
    for (const [name, value] of [
      ['limit', '-1'],
      ['limit', '1e9'],
      ['limit', 'abc'],
      ['limit', '0'],
      ['page', '0'],
      ['page', '-5'],
      ['page', '1e309'],
      ['page', '99999999'],
      ['depth', '1000'],
      ['depth', '-1'],
      ['depth', 'x'],
      ['draft', 'maybe'],
      ['sort', '__proto__'],
      ['locale', '../../x'],
      ['joins[x][limit]', 'zz'],
      ['populate[articles][x]', 'true'],
      ['limit[]', '1'],
      ['page[$gt]', '1'],
    ]) {
      requests.push({ family: 'paging', method: 'GET', path: `${base}?${name}=${value}` })
    }
  }
  return requests
}

const bigCookie = (name: string) => `${name}=${'A'.repeat(7000)}`

/** Headers and cookies: oversized, garbled, and Next's own routing headers with nonsense in them. */
export function headerRequests(): HostileRequest[] {
  const story = '/articles/bolivia-iranian-drones-concerns'
  const requests: HostileRequest[] = []
  for (const path of ['/', story, '/account', '/people', '/api/readers/me', '/api/users/me', '/api/articles']) {
    const oddHeaders: Record<string, string>[] = [
      { cookie: bigCookie('newsroom-meter') },
      { cookie: bigCookie('newsroom-session') },
      { cookie: 'payload-token=not.a.jwt' },
      { cookie: 'payload-token=eyJhbGciOiJub25lIn0.eyJpZCI6MX0.' },
      { cookie: 'newsroom-meter=%zz; newsroom-session=%E0%A4%A' },
      { cookie: Array.from({ length: 300 }, (_, i) => `c${i}=${i}`).join('; ') },
      { 'x-big': 'B'.repeat(20_000) },
      { authorization: 'JWT garbage' },
      { authorization: 'Bearer ' + 'x'.repeat(4000) },
      { authorization: 'users API-Key nonsense' },
      { accept: '*/*;q=abc, text/html;;;' },
      { range: 'bytes=9999999-1' },
      { rsc: '1', 'next-router-state-tree': '%7Bnot-json' },
      { rsc: '1', 'next-router-state-tree': encodeURIComponent('[1,2,3]') },
      { 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/../../x' },
      { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'gopher' },
      { host: 'evil.example' },
      { 'accept-encoding': 'br;q=abc, gzip, *;q=-1' },
      { 'if-none-match': '"' + 'e'.repeat(5000) + '"' },
      { 'sec-purpose': 'prefetch;prerender;' + 'x'.repeat(1000) },
    ]
    for (const headers of oddHeaders) {
      requests.push({ family: 'headers', method: 'GET', path, headers })
    }
  }
  return requests
}

const json = { 'content-type': 'application/json' }
const BAD_JSON = [
  '{',
  '{"a":',
  'null',
  '[]',
  '"x"',
  '1e309',
  '{"__proto__":{"admin":true}}',
  '{"email":{"$gt":""},"password":{"$ne":null}}',
  '{"email":["a@b.c"],"password":1}',
  `{"a":${'['.repeat(5000)}`,
]

/** Bodies: bad JSON to the API, the forms and the webhook; wrong content types; oversized. */
export function bodyRequests(): HostileRequest[] {
  const requests: HostileRequest[] = []
  const targets = [
    '/api/readers/login',
    '/api/users/login',
    '/api/readers',
    '/api/users/forgot-password',
    '/api/readers/forgot-password',
    '/api/users/reset-password',
    '/api/articles',
    '/api/quotes/1',
    '/api/graphql',
    '/api/search/reindex',
    '/api/payload-jobs/run',
    '/webhooks/stripe',
    '/api/payload-preferences/x',
    '/api/users/unlock',
    '/api/readers/refresh-token',
    '/api/users/logout',
  ]
  for (const path of targets) {
    for (const body of BAD_JSON) requests.push({ family: 'bad json', method: 'POST', path, headers: json, body })
    requests.push({ family: 'wrong type', method: 'POST', path, headers: { 'content-type': 'text/xml' }, body: '<x/>' })
    requests.push({ family: 'wrong method', method: 'PUT', path, headers: json, body: '{}' })
    requests.push({ family: 'oversized', method: 'POST', path, headers: json, body: `{"x":"${'y'.repeat(3_000_000)}"}` })
  }
  for (const path of ['/login', '/register', '/account', '/subscribe', '/logout']) {
    requests.push({ family: 'form', method: 'POST', path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=%zz&password' })
    requests.push({
      family: 'form',
      method: 'POST',
      path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'next-action': 'f'.repeat(42) },
      body: '1_email=a',
    })
    requests.push({
      family: 'form',
      method: 'POST',
      path,
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'next-action': 'x', origin: 'http://127.0.0.1' },
      body: '[{"a":',
    })
    requests.push({
      family: 'form',
      method: 'POST',
      path,
      headers: { 'content-type': 'multipart/form-data; boundary=zz', 'next-action': '0'.repeat(42) },
      body: '--zz\r\nContent-Disposition: form-data; name="1_x"\r\n\r\nshort',
    })
  }
  for (const signature of ['', 't=1,v1=00', 't=abc', 'x'.repeat(5000)]) {
    requests.push({
      family: 'webhook',
      method: 'POST',
      path: '/webhooks/stripe',
      headers: { ...json, 'stripe-signature': signature },
      body: '{"type":"customer.subscription.updated","data":{"object":{}}}',
    })
  }
  return requests
}

/** GraphQL: depth, aliases, complexity, batches, directives and wrong variables. */
export function graphqlRequests(): HostileRequest[] {
  const post = (body: unknown): HostileRequest => ({ family: 'graphql', method: 'POST', path: '/api/graphql', headers: json, body: JSON.stringify(body) })
  const deep = (levels: number) => `query { Quotes { docs { ${'article { quotes { docs { '.repeat(levels)}id${' } } }'.repeat(levels)} } } }`
  const aliases = (count: number) => `query { ${Array.from({ length: count }, (_, i) => `a${i}: Articles(limit: 100) { docs { id title } }`).join(' ')} }`
  return [
    post({ query: deep(3) }),
    post({ query: deep(20) }),
    post({ query: aliases(50) }),
    post({ query: aliases(2000) }),
    post({ query: `query { Articles(limit: 1000000) { docs { id } } }` }),
    post({ query: `query { Articles(page: -1, limit: -5) { docs { id } } }` }),
    post({ query: `query { Articles { docs { id ${'@include(if: true) '.repeat(3000)} } } }` }),
    post({ query: `query { ${'__typename '.repeat(20000)} }` }),
    post({ query: 'query($l: Int) { Articles(limit: $l) { docs { id } } }', variables: { l: 'many' } }),
    post({ query: 'query($w: Article_where) { Articles(where: $w) { docs { id } } }', variables: { w: { title: { near: [1, 2] } } } }),
    post({ query: 'query { Readers { docs { email hash salt } } }' }),
    post({ query: 'query { Users { docs { email sessions { id } } } }' }),
    post({ query: 'mutation { loginReader(email: {a:1}, password: 1) { token } }' }),
    post({ query: 'mutation { createArticle(data: {}) { id } }' }),
    post({ query: 'query { __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }' }),
    post([{ query: '{ Articles { docs { id } } }' }, { query: '{ Articles { docs { id } } }' }]),
    post({ query: 123 }),
    post({ query: '{ Articles { docs { id } } }', operationName: ['x'] }),
    post({ query: '{ Articles { docs { id } } }', variables: 'not an object' }),
    post({ query: 'subscription { x }' }),
    post({ query: '{'.repeat(10000) }),
    post({ query: `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: Articles(limit: 1) { ...F }`).join(' ')} } fragment F on Articles { totalDocs }` }),
    post({ query: '{ Articles(limit: 0) { docs { id title quotes(limit: 0) { docs { text } } } } }' }),
    post({ query: `{ ${['Articles', 'People', 'Countries', 'Quotes', 'Sections'].map((name) => `${name}(limit: 1000) { docs { id } totalDocs }`).join(' ')} }` }),
    post(Array.from({ length: 50 }, () => ({ query: '{ Articles(limit: 100) { docs { id title } totalDocs } }' }))),
    { family: 'graphql', method: 'GET', path: `/api/graphql?query=${encodeURIComponent(deep(15))}` },
    { family: 'graphql', method: 'GET', path: '/api/graphql?query=%zz' },
  ]
}
