import { createLocalReq, docAccessOperation, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { STAFF_ROLES, type StaffRole } from '@/collections/Users/roles'
import { registerReader } from '@/accounts/operations'
import type { User } from '@/payload-types'
import { richTextFromParagraphs } from '@/reader/richText'

import { STAFF_ACCESS_CASES, unassignedIsoCode, type StaffAction } from '../support/staffAccess'

import { createImage, testSection } from '../support/fixtures'
import { bootPayload } from '../support/harness'

/** The role table (tests/support/staffAccess.ts) through the Local API, as each role, with `overrideAccess: false`. */
let payload: Payload
let cleanup: () => Promise<void>
const staff = {} as Record<StaffRole | 'colleague', User>
let storyCount = 0
let imageId: string | number
let sectionId: number
let aReaderId: string | number

beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
  // The first staff account is always an admin: create it first.
  for (const role of [...STAFF_ROLES].reverse()) {
    staff[role] = await payload.create({ collection: 'users', data: { email: `${role}@newsroom.test`, password: 'a-long-password', name: `A ${role}`, role } })
  }
  staff.colleague = await payload.create({ collection: 'users', data: { email: 'colleague@newsroom.test', password: 'a-long-password', name: 'A colleague', role: 'journalist' } })
  imageId = (await createImage(payload, 'access-matrix')).id
  sectionId = await testSection(payload)
  const registered = await registerReader(payload, { email: 'reader@newsroom.test', password: 'a-long-password', name: 'A reader' })
  if (!registered.ok) throw new Error('the fixture reader could not register')
  aReaderId = registered.session.reader.id
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
let countryCount = 0
/** A fresh code no real country holds each time (the codes are unique). */
const countryData = () => {
  countryCount += 1
  return { name: `Country ${countryCount}`, isoCode: unassignedIsoCode(countryCount), slug: `country-${countryCount}` }
}
const countryOf = (owner: User) => payload.create({ collection: 'countries', data: countryData(), ...by(owner) })
const photoOf = (owner: User) => createImage(payload, `photo-${(storyCount += 1)}`, by(owner))

/** Reads back with every check off: what an attempt left behind is what the table is about. */
const stored = async (
  collection: 'articles' | 'quotes' | 'people' | 'countries' | 'redirects' | 'media' | 'users',
  id: string | number,
): Promise<Record<string, unknown> | null> =>
  (await payload.findByID({ collection, id, draft: true, overrideAccess: true, disableErrors: true, depth: 0 })) as Record<string, unknown> | null
const exists = async (collection: 'articles' | 'people' | 'countries' | 'redirects' | 'media' | 'users' | 'quotes', where: Where) =>
  (await payload.count({ collection, where, overrideAccess: true })).totalDocs > 0

/** Tries the action as `actor`, and answers whether its effect is there afterwards (read back, not assumed). */
const actions: Record<StaffAction, (actor: User) => Promise<boolean>> = {
  'articles: create a draft': async (actor) => {
    const data = storyData('draft')
    await attempt(payload.create({ collection: 'articles', data, draft: true, ...as(actor) }))
    return exists('articles', { slug: { equals: data.slug } })
  },
  'articles: create it published': async (actor) => {
    const data = storyData('published')
    await attempt(payload.create({ collection: 'articles', data, ...as(actor) }))
    return exists('articles', { and: [{ slug: { equals: data.slug } }, { _status: { equals: 'published' } }] })
  },
  'articles: read a colleague’s draft': async (actor) => {
    const draft = await storyOf(staff.colleague)
    const { docs } = await payload.find({ collection: 'articles', where: { id: { equals: draft.id } }, draft: true, ...as(actor) })
    return docs.length === 1 && docs[0].title === draft.title
  },
  'articles: update their own draft': async (actor) => {
    const { id } = await storyOf(actor)
    await attempt(payload.update({ collection: 'articles', id, data: { title: 'Retitled' }, draft: true, ...as(actor) }))
    return (await stored('articles', id))?.title === 'Retitled'
  },
  'articles: update a colleague’s draft': async (actor) => {
    const { id } = await storyOf(staff.colleague)
    await attempt(payload.update({ collection: 'articles', id, data: { title: 'Retitled' }, draft: true, ...as(actor) }))
    return (await stored('articles', id))?.title === 'Retitled'
  },
  'articles: publish their own draft': async (actor) => {
    const { id } = await storyOf(actor)
    await attempt(payload.update({ collection: 'articles', id, data: { _status: 'published' }, ...as(actor) }))
    return (await stored('articles', id))?._status === 'published'
  },
  'articles: publish a colleague’s draft': async (actor) => {
    const { id } = await storyOf(staff.colleague)
    await attempt(payload.update({ collection: 'articles', id, data: { _status: 'published' }, ...as(actor) }))
    return (await stored('articles', id))?._status === 'published'
  },
  'articles: schedule their own draft': async (actor) => {
    // What Payload's Schedule Publish asks before it queues the job (and the job asks again, as this user).
    const permissions = await docAccessOperation({
      id: (await storyOf(actor)).id,
      collection: payload.collections.articles,
      data: { _status: 'published' },
      req: await createLocalReq({ user: { ...actor, collection: 'users' } }, payload),
    })
    // Granted comes back as `true` or `{ permission: true, where }`; refused, as nothing.
    return Boolean(permissions.update)
  },
  'articles: unpublish their own story': async (actor) => {
    const { id } = await storyOf(actor, 'published')
    await attempt(payload.update({ collection: 'articles', id, data: { _status: 'draft' }, ...as(actor) }))
    return (await stored('articles', id))?._status === 'draft'
  },
  'articles: delete their own draft': async (actor) => {
    const { id } = await storyOf(actor)
    await attempt(payload.delete({ collection: 'articles', id, ...as(actor) }))
    return (await stored('articles', id)) === null
  },
  'quotes: create one': async (actor) => {
    const text = `New words ${(storyCount += 1)}.`
    await attempt(
      payload.create({ collection: 'quotes', data: { text, speaker: (await personOf(actor)).id, article: (await storyOf(actor)).id }, ...as(actor) }),
    )
    return exists('quotes', { text: { equals: text } })
  },
  'quotes: correct their own, on their unpublished story': async (actor) => {
    const { id } = await quoteOf(actor)
    await attempt(payload.update({ collection: 'quotes', id, data: { text: 'Corrected.' }, ...as(actor) }))
    return (await stored('quotes', id))?.text === 'Corrected.'
  },
  'quotes: correct a colleague’s': async (actor) => {
    const { id } = await quoteOf(staff.colleague)
    await attempt(payload.update({ collection: 'quotes', id, data: { text: 'Corrected.' }, ...as(actor) }))
    return (await stored('quotes', id))?.text === 'Corrected.'
  },
  'quotes: delete their own': async (actor) => {
    const { id } = await quoteOf(actor)
    await attempt(payload.delete({ collection: 'quotes', id, ...as(actor) }))
    return (await stored('quotes', id)) === null
  },
  'people: add one': async (actor) => {
    const slug = `someone-${(storyCount += 1)}`
    await attempt(payload.create({ collection: 'people', data: { name: 'Someone New', slug }, ...as(actor) }))
    return exists('people', { slug: { equals: slug } })
  },
  'people: correct one they added': async (actor) => {
    const { id } = await personOf(actor)
    await attempt(payload.update({ collection: 'people', id, data: { role: 'Minister' }, ...as(actor) }))
    return (await stored('people', id))?.role === 'Minister'
  },
  'people: correct one a colleague added': async (actor) => {
    const { id } = await personOf(staff.colleague)
    await attempt(payload.update({ collection: 'people', id, data: { role: 'Minister' }, ...as(actor) }))
    return (await stored('people', id))?.role === 'Minister'
  },
  'people: delete one they added': async (actor) => {
    const { id } = await personOf(actor)
    await attempt(payload.delete({ collection: 'people', id, ...as(actor) }))
    return (await stored('people', id)) === null
  },
  'countries: add one': async (actor) => {
    const data = countryData()
    await attempt(payload.create({ collection: 'countries', data, ...as(actor) }))
    return exists('countries', { slug: { equals: data.slug } })
  },
  'countries: rename one': async (actor) => {
    const { id } = await countryOf(staff.admin)
    const name = `Renamed land ${(storyCount += 1)}`
    await attempt(payload.update({ collection: 'countries', id, data: { name }, ...as(actor) }))
    return (await stored('countries', id))?.name === name
  },
  'countries: delete one': async (actor) => {
    const { id } = await countryOf(staff.admin)
    await attempt(payload.delete({ collection: 'countries', id, ...as(actor) }))
    return (await stored('countries', id)) === null
  },
  'redirects: point an old address somewhere': async (actor) => {
    const from = `/old-${(storyCount += 1)}`
    await attempt(payload.create({ collection: 'redirects', data: { from, to: { type: 'custom', url: '/' } }, ...as(actor) }))
    return exists('redirects', { from: { equals: from } })
  },
  'media: upload a photo': async (actor) => {
    const name = `upload-${(storyCount += 1)}`
    await attempt(createImage(payload, name, as(actor)))
    return exists('media', { alt: { equals: `Test image ${name}` } })
  },
  'media: recaption their own photo, not yet public': async (actor) => {
    const { id } = await photoOf(actor)
    await attempt(payload.update({ collection: 'media', id, data: { caption: 'New caption' }, ...as(actor) }))
    return (await stored('media', id))?.caption === 'New caption'
  },
  'media: recaption a colleague’s photo': async (actor) => {
    const { id } = await photoOf(staff.colleague)
    await attempt(payload.update({ collection: 'media', id, data: { caption: 'New caption' }, ...as(actor) }))
    return (await stored('media', id))?.caption === 'New caption'
  },
  'media: delete their own photo': async (actor) => {
    const { id } = await photoOf(actor)
    await attempt(payload.delete({ collection: 'media', id, ...as(actor) }))
    return (await stored('media', id)) === null
  },
  'users: create a staff account': async (actor) => {
    const email = `new-${(storyCount += 1)}@newsroom.test`
    await attempt(payload.create({ collection: 'users', data: { email, password: 'a-long-password', name: 'New', role: 'contributor' }, ...as(actor) }))
    return exists('users', { email: { equals: email } })
  },
  'users: raise their own role': async (actor) => {
    // Field access leaves the role as it was: a silent refusal. (An admin is at the top already.)
    await attempt(payload.update({ collection: 'users', id: actor.id, data: { role: 'admin' }, ...as(actor) }))
    return (await stored('users', actor.id))?.role !== actor.role
  },
  'readers: list reader accounts': async (actor) => {
    const found = await attempt(payload.find({ collection: 'readers', ...as(actor) }))
    return found !== REFUSED && found.docs.some((reader) => reader.id === aReaderId)
  },
  'settings: change the site settings': async (actor) => {
    const tagline = `A new tagline ${(storyCount += 1)}`
    await attempt(payload.updateGlobal({ slug: 'site-settings', data: { tagline }, ...as(actor) }))
    return (await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })).tagline === tagline
  },
}

const REFUSED = Symbol('refused')
/** The attempt's result, or REFUSED when access said no (403, or 404 where the rule hides the document); anything else fails the test. */
async function attempt<T>(operation: Promise<T>): Promise<T | typeof REFUSED> {
  try {
    return await operation
  } catch (error) {
    if ([401, 403, 404].includes((error as { status?: number }).status ?? 0)) return REFUSED
    throw error
  }
}

describe('what each newsroom role may do, through the Local API', () => {
  it.each(STAFF_ACCESS_CASES)('%s — %s: %s', async (action, role, allowed) => {
    expect(await actions[action](staff[role]), allowed ? 'the effect, read back' : 'nothing changed').toBe(allowed)
  })
})

describe('what each role sees of colleagues', () => {
  const colleagueSeenBy = async (viewer: User) =>
    (await payload.findByID({ collection: 'users', id: staff.colleague.id, ...as(viewer) })) as Partial<User>

  it('shows a contributor colleagues’ names only, never their email or role', async () => {
    const seen = await colleagueSeenBy(staff.contributor)
    expect(seen.name).toBe('A colleague')
    expect(seen).not.toHaveProperty('email')
    expect(seen).not.toHaveProperty('role')
    const list = await payload.find({ collection: 'users', ...as(staff.contributor), limit: 100 })
    expect(list.docs.length).toBeGreaterThan(1)
    for (const doc of list.docs.filter((user) => user.id !== staff.contributor.id)) {
      expect(doc.name).toBeTruthy()
      expect(doc).not.toHaveProperty('email')
      expect(doc).not.toHaveProperty('role')
    }
  })

  it('lets a contributor find no one by email, and still see their own', async () => {
    await expect(
      payload.find({ collection: 'users', where: { email: { equals: 'colleague@newsroom.test' } }, ...as(staff.contributor) }),
    ).rejects.toThrow('cannot be queried: email')
    const own = await payload.findByID({ collection: 'users', id: staff.contributor.id, ...as(staff.contributor) })
    expect(own).toMatchObject({ email: 'contributor@newsroom.test', role: 'contributor' })
  })

  it.each(['journalist', 'editor', 'admin'] as const)('shows a %s every colleague’s email and role', async (role) => {
    expect(await colleagueSeenBy(staff[role])).toMatchObject({ name: 'A colleague', email: 'colleague@newsroom.test', role: 'journalist' })
  })

  it('hides the settings from the admin below editors, who (with admins) see them', () => {
    for (const slug of ['site-settings', 'paywall-settings']) {
      const hidden = payload.config.globals.find((global) => global.slug === slug)?.admin.hidden
      expect(typeof hidden).toBe('function')
      const hiddenFor = (user: User) => (hidden as (args: { user: unknown }) => boolean)({ user: { ...user, collection: 'users' } })
      expect([hiddenFor(staff.contributor), hiddenFor(staff.journalist), hiddenFor(staff.editor), hiddenFor(staff.admin)]).toEqual([true, true, false, false])
    }
  })
})
