import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, User } from '@/payload-types'
import { seed } from '@/seed/index'

import { bootPayload } from '../support/harness'

let payload: Payload
let cleanup: () => Promise<void>
let contributor: User
let bolivia: Country

const byCode = async (isoCode: string) =>
  (await payload.find({ collection: 'countries', where: { isoCode: { equals: isoCode } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]

describe('every country on hand', () => {
  beforeAll(async () => {
    process.env.NEWSROOM_DEMO = 'false'
    ;({ payload, cleanup } = await bootPayload())
    // A new database gets its countries from the seed (the migration brings those in use up to date).
    await seed(payload)
    // The first staff account is always an admin.
    await payload.create({ collection: 'users', data: { email: 'admin@newsroom.test', password: 'a-long-password', name: 'An admin', role: 'admin' } })
    contributor = await payload.create({
      collection: 'users',
      data: { email: 'contributor@newsroom.test', password: 'a-long-password', name: 'A contributor', role: 'contributor' },
    })
    bolivia = (await byCode('BO'))!
  })
  afterAll(async () => cleanup?.())

  it('holds every country once seeded, Peru among them with its demonym and desk', async () => {
    expect((await payload.count({ collection: 'countries' })).totalDocs).toBeGreaterThanOrEqual(249)
    const peru = await byCode('PE')
    expect(peru).toMatchObject({ name: 'Peru', isoCode: 'PE', slug: 'peru', region: 'Latin America' })
    expect(peru?.demonyms?.map((demonym) => demonym.name)).toEqual(['Peruvian'])
    expect(peru?.otherNames?.map((otherName) => otherName.name)).toContain('Republic of Peru')
  })

  it('lets a contributor add a country from a story’s drawer', async () => {
    const made = await payload.create({
      collection: 'countries',
      data: { name: 'Freedonia', isoCode: 'XF', slug: 'freedonia', otherNames: [{ name: 'Republic of Freedonia' }] },
      overrideAccess: false,
      user: contributor,
    })
    expect(made.isoCode).toBe('XF')
  })

  it('leaves renaming and deleting a country to editors', async () => {
    await expect(
      payload.update({ collection: 'countries', id: bolivia.id, data: { name: 'Not Bolivia' }, overrideAccess: false, user: contributor }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'countries', id: bolivia.id, overrideAccess: false, user: contributor })).rejects.toMatchObject({
      status: 403,
    })
    expect((await byCode('BO'))?.name).toBe('Bolivia')
  })

  it('seeds nothing over a country an editor changed, and keeps the seeded ones’ ids', async () => {
    const peru = (await byCode('PE'))!
    await payload.update({ collection: 'countries', id: peru.id, data: { name: 'Perú', region: 'Africa', slug: 'el-peru' }, overrideAccess: true })
    const count = (await payload.count({ collection: 'countries' })).totalDocs

    const first = await seed(payload)
    const second = await seed(payload)

    expect(first.countries.created).toBe(0)
    expect(second.countries).toEqual({ created: 0, unchanged: first.countries.unchanged })
    expect((await payload.count({ collection: 'countries' })).totalDocs).toBe(count)
    expect(await byCode('PE')).toMatchObject({ id: peru.id, name: 'Perú', region: 'Africa', slug: 'el-peru' })
    expect((await byCode('BO'))?.id).toBe(bolivia.id)
  })
})
