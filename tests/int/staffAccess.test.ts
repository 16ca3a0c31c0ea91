import { createLocalReq, docAccessOperation, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { STAFF_ROLES, type StaffRole } from '@/collections/Users/roles'
import type { User } from '@/payload-types'
import { richTextFromParagraphs } from '@/story/richText'

import { Refused, STAFF_ACCESS_CASES, type StaffAction } from '../support/staffAccess'

import { createImage, testSection } from './fixtures'
import { bootPayload } from './harness'

/** The role table (tests/support/staffAccess.ts) through the Local API, as each role, with `overrideAccess: false`. */
let payload: Payload
let cleanup: () => Promise<void>
const staff = {} as Record<StaffRole | 'colleague', User>
let storyCount = 0
let imageId: string | number
let sectionId: number

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  // The first staff account is always an admin: create it first.
  for (const role of [...STAFF_ROLES].reverse()) {
    staff[role] = await payload.create({ collection: 'users', data: { email: `${role}@newsroom.test`, password: 'a-long-password', name: `A ${role}`, role } })
  }
  staff.colleague = await payload.create({ collection: 'users', data: { email: 'colleague@newsroom.test', password: 'a-long-password', name: 'A colleague', role: 'journalist' } })
  imageId = (await createImage(payload, 'access-matrix')).id
  sectionId = await testSection(payload)
})
afterAll(async () => cleanup?.())

const as = (user: User) => ({ overrideAccess: false, user }) as const
/** Made by (and, for stories, written by) `owner`, with every check off: the fixtures. */
const by = (owner: User) => ({ overrideAccess: true, user: owner }) as const

const storyData = (status: 'draft' | 'published', owner?: User) => {
  storyCount += 1
  return {
    title: `Access story ${storyCount}`,
    slug: `access-story-${storyCount}`,
    dek: 'A standfirst.',
    section: sectionId,
    heroImage: imageId as number,
    body: richTextFromParagraphs(['Text.']),
    ...(owner ? { authors: [owner.id] } : {}),
    _status: status,
  }
}
const storyOf = (owner: User, status: 'draft' | 'published' = 'draft') =>
  payload.create({ collection: 'articles', data: storyData(status, owner), draft: status === 'draft', ...by(owner) })
const quoteOf = async (owner: User) =>
  payload.create({
    collection: 'quotes',
    data: { text: 'Words.', speaker: (await personOf(owner)).id, article: (await storyOf(owner)).id },
    ...by(owner),
  })
const personOf = (owner: User) => {
  storyCount += 1
  return payload.create({ collection: 'people', data: { name: `Person ${storyCount}`, slug: `person-${storyCount}` }, ...by(owner) })
}
/** A fresh two-letter code each time (the codes are unique). */
const countryData = () => {
  storyCount += 1
  const code = `${String.fromCharCode(65 + (storyCount % 26))}${String.fromCharCode(65 + (Math.floor(storyCount / 26) % 26))}`
  return { name: `Country ${storyCount}`, isoCode: code, slug: `country-${storyCount}` }
}
const countryOf = (owner: User) => payload.create({ collection: 'countries', data: countryData(), ...by(owner) })
const photoOf = (owner: User) => createImage(payload, `photo-${(storyCount += 1)}`, by(owner))

const actions: Record<StaffAction, (actor: User) => Promise<unknown>> = {
  'articles: create a draft': (actor) => payload.create({ collection: 'articles', data: storyData('draft'), draft: true, ...as(actor) }),
  'articles: create it published': (actor) => payload.create({ collection: 'articles', data: storyData('published'), ...as(actor) }),
  'articles: read a colleague’s draft': async (actor) => {
    const draft = await storyOf(staff.colleague)
    const { docs } = await payload.find({ collection: 'articles', where: { id: { equals: draft.id } }, draft: true, ...as(actor) })
    if (docs.length === 0) throw new Refused('not listed')
  },
  'articles: update their own draft': async (actor) =>
    payload.update({ collection: 'articles', id: (await storyOf(actor)).id, data: { title: 'Retitled' }, draft: true, ...as(actor) }),
  'articles: update a colleague’s draft': async (actor) =>
    payload.update({ collection: 'articles', id: (await storyOf(staff.colleague)).id, data: { title: 'Retitled' }, draft: true, ...as(actor) }),
  'articles: publish their own draft': async (actor) =>
    payload.update({ collection: 'articles', id: (await storyOf(actor)).id, data: { _status: 'published' }, ...as(actor) }),
  'articles: publish a colleague’s draft': async (actor) =>
    payload.update({ collection: 'articles', id: (await storyOf(staff.colleague)).id, data: { _status: 'published' }, ...as(actor) }),
  'articles: schedule their own draft': async (actor) => {
    // What Payload's Schedule Publish asks before it queues the job (and the job asks again, as this user).
    const permissions = await docAccessOperation({
      id: (await storyOf(actor)).id,
      collection: payload.collections.articles,
      data: { _status: 'published' },
      req: await createLocalReq({ user: { ...actor, collection: 'users' } }, payload),
    })
    // Granted comes back as `true` or `{ permission: true, where }`; refused, as nothing.
    if (!permissions.update) throw new Refused('no publish permission')
  },
  'articles: unpublish their own story': async (actor) =>
    payload.update({ collection: 'articles', id: (await storyOf(actor, 'published')).id, data: { _status: 'draft' }, ...as(actor) }),
  'articles: delete their own draft': async (actor) => payload.delete({ collection: 'articles', id: (await storyOf(actor)).id, ...as(actor) }),
  'quotes: create one': async (actor) =>
    payload.create({
      collection: 'quotes',
      data: { text: 'New words.', speaker: (await personOf(actor)).id, article: (await storyOf(actor)).id },
      ...as(actor),
    }),
  'quotes: correct their own, on their unpublished story': async (actor) =>
    payload.update({ collection: 'quotes', id: (await quoteOf(actor)).id, data: { text: 'Corrected.' }, ...as(actor) }),
  'quotes: correct a colleague’s': async (actor) =>
    payload.update({ collection: 'quotes', id: (await quoteOf(staff.colleague)).id, data: { text: 'Corrected.' }, ...as(actor) }),
  'quotes: delete their own': async (actor) => payload.delete({ collection: 'quotes', id: (await quoteOf(actor)).id, ...as(actor) }),
  'people: add one': (actor) => payload.create({ collection: 'people', data: { name: 'Someone New', slug: `someone-${(storyCount += 1)}` }, ...as(actor) }),
  'people: correct one they added': async (actor) =>
    payload.update({ collection: 'people', id: (await personOf(actor)).id, data: { role: 'Minister' }, ...as(actor) }),
  'people: correct one a colleague added': async (actor) =>
    payload.update({ collection: 'people', id: (await personOf(staff.colleague)).id, data: { role: 'Minister' }, ...as(actor) }),
  'people: delete one they added': async (actor) => payload.delete({ collection: 'people', id: (await personOf(actor)).id, ...as(actor) }),
  'countries: add one': (actor) => payload.create({ collection: 'countries', data: countryData(), ...as(actor) }),
  'countries: rename one': async (actor) =>
    payload.update({ collection: 'countries', id: (await countryOf(staff.admin)).id, data: { name: `Renamed land ${(storyCount += 1)}` }, ...as(actor) }),
  'countries: delete one': async (actor) => payload.delete({ collection: 'countries', id: (await countryOf(staff.admin)).id, ...as(actor) }),
  'redirects: point an old address somewhere': (actor) =>
    payload.create({ collection: 'redirects', data: { from: `/old-${(storyCount += 1)}`, to: { type: 'custom', url: '/' } }, ...as(actor) }),
  'media: upload a photo': (actor) => createImage(payload, `upload-${(storyCount += 1)}`, as(actor)),
  'media: recaption their own photo, not yet public': async (actor) =>
    payload.update({ collection: 'media', id: (await photoOf(actor)).id, data: { caption: 'New caption' }, ...as(actor) }),
  'media: recaption a colleague’s photo': async (actor) =>
    payload.update({ collection: 'media', id: (await photoOf(staff.colleague)).id, data: { caption: 'New caption' }, ...as(actor) }),
  'media: delete their own photo': async (actor) => payload.delete({ collection: 'media', id: (await photoOf(actor)).id, ...as(actor) }),
  'users: create a staff account': (actor) =>
    payload.create({ collection: 'users', data: { email: `new-${(storyCount += 1)}@newsroom.test`, password: 'a-long-password', name: 'New', role: 'contributor' }, ...as(actor) }),
  'users: raise their own role': async (actor) => {
    const updated = await payload.update({ collection: 'users', id: actor.id, data: { role: 'admin' }, ...as(actor) })
    // Field access leaves the role as it was: a silent refusal. (An admin is at the top already.)
    if (updated.role === actor.role) throw new Refused('role unchanged')
  },
  'readers: list reader accounts': (actor) => payload.find({ collection: 'readers', ...as(actor) }),
  'settings: change the site settings': (actor) => payload.updateGlobal({ slug: 'site-settings', data: { tagline: 'A new tagline' }, ...as(actor) }),
}

const refusal = (error: unknown): boolean =>
  error instanceof Refused || [401, 403, 404].includes((error as { status?: number }).status ?? 0)

describe('what each newsroom role may do, through the Local API', () => {
  it.each(STAFF_ACCESS_CASES)('%s — %s: %s', async (action, role, allowed) => {
    const attempt = actions[action](staff[role])
    if (allowed) {
      await expect(attempt).resolves.not.toThrow()
    } else {
      const error = await attempt.then(
        () => null,
        (caught: unknown) => caught,
      )
      expect(error, 'expected a refusal').not.toBeNull()
      expect(refusal(error), `expected a refusal, got ${String(error)}`).toBe(true)
    }
  })
})
