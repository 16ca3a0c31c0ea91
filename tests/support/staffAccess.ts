import { STAFF_ROLES, type StaffRole } from '@/collections/Users/roles'

/**
 * What each newsroom role may do (decision 007), as one table that the Local API test
 * (tests/int/staffAccess.test.ts) and the REST test (tests/pages/staffAccess.test.ts)
 * both run: every row, for every role. Roles are ordered, so a row names the least
 * trusted role allowed (`from`); null: nobody. "A colleague's" is another journalist's.
 */
export const STAFF_ACCESS = [
  { action: 'articles: create a draft', from: 'contributor' },
  { action: 'articles: create it published', from: 'journalist' },
  { action: 'articles: read a colleague’s draft', from: 'journalist' },
  { action: 'articles: update their own draft', from: 'contributor' },
  { action: 'articles: update a colleague’s draft', from: 'editor' },
  { action: 'articles: publish their own draft', from: 'journalist' },
  { action: 'articles: publish a colleague’s draft', from: 'editor' },
  { action: 'articles: schedule their own draft', from: 'journalist' },
  { action: 'articles: unpublish their own story', from: 'journalist' },
  { action: 'articles: delete their own draft', from: 'editor' },
  { action: 'quotes: create one', from: 'contributor' },
  { action: 'quotes: correct their own, on their unpublished story', from: 'contributor' },
  { action: 'quotes: correct a colleague’s', from: 'editor' },
  { action: 'quotes: delete their own', from: 'editor' },
  { action: 'people: add one', from: 'contributor' },
  { action: 'people: correct one they added', from: 'journalist' },
  { action: 'people: correct one a colleague added', from: 'editor' },
  { action: 'people: delete one they added', from: 'editor' },
  { action: 'countries: add one', from: 'contributor' },
  { action: 'countries: rename one', from: 'editor' },
  { action: 'countries: delete one', from: 'editor' },
  { action: 'redirects: point an old address somewhere', from: 'editor' },
  { action: 'media: upload a photo', from: 'contributor' },
  { action: 'media: recaption their own photo, not yet public', from: 'contributor' },
  { action: 'media: recaption a colleague’s photo', from: 'editor' },
  { action: 'media: delete their own photo', from: 'editor' },
  { action: 'users: create a staff account', from: 'admin' },
  { action: 'users: raise their own role', from: null },
  { action: 'readers: list reader accounts', from: 'admin' },
  { action: 'settings: change the site settings', from: 'admin' },
] as const satisfies readonly { action: string; from: StaffRole | null }[]

export type StaffAction = (typeof STAFF_ACCESS)[number]['action']

export const isAllowed = (from: StaffRole | null, role: StaffRole): boolean =>
  from !== null && STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf(from)

/** Every row for every role: `[action, role, allowed]`, for `it.each`. */
export const STAFF_ACCESS_CASES: [StaffAction, StaffRole, boolean][] = STAFF_ACCESS.flatMap((row) =>
  STAFF_ROLES.map((role) => [row.action, role, isAllowed(row.from, role)] as [StaffAction, StaffRole, boolean]),
)

/** A refusal, as each channel reports it: not allowed, not found (the access rule hid it), or a silent no-op. */
export class Refused extends Error {}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
// ISO leaves these codes to users (XK is Kosovo's in the dataset): a seeded newsroom holds every real one.
const UNASSIGNED_CODES = ['AA', ...LETTERS.slice(LETTERS.indexOf('M')).split('').map((letter) => `Q${letter}`), ...LETTERS.split('').map((letter) => `X${letter}`).filter((code) => code !== 'XK'), 'ZZ']

/** The n-th two-letter code no country holds, for a test's made-up country. */
export function unassignedIsoCode(n: number): string {
  const code = UNASSIGNED_CODES[n]
  if (!code) throw new Error('no unassigned country code left')
  return code
}
