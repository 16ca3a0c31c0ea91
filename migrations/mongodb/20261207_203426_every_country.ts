import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'

import { arrayRowId, plan, type CountryToAdd } from '../20261207_203426_every_country'

const listsOf = (country: CountryToAdd) => ({
  demonyms: country.demonyms.map((name) => ({ id: arrayRowId(), name })),
  otherNames: country.otherNames.map((name) => ({ id: arrayRowId(), name })),
})

/** The MongoDB side of ../20261207_203426_every_country.ts: every country, the editors' kept as they are. */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const countries = (payload.db as unknown as MongooseAdapter).collections.countries.collection
  const stored = await countries.find({}, { projection: { isoCode: 1, name: 1, slug: 1 } }).toArray()
  const { add, spellingsFor } = plan(stored.map(({ isoCode, name, slug }) => ({ isoCode, name, slug })))
  // Only lists not there yet: a second run, or an editor's own spellings, are left alone.
  for (const country of spellingsFor) {
    const lists = listsOf(country)
    await countries.updateOne({ isoCode: country.isoCode, demonyms: { $exists: false } }, { $set: { demonyms: lists.demonyms } })
    await countries.updateOne({ isoCode: country.isoCode, otherNames: { $exists: false } }, { $set: { otherNames: lists.otherNames } })
  }
  const now = new Date()
  if (add.length > 0) {
    await countries.insertMany(
      add.map((country) => ({
        name: country.name,
        isoCode: country.isoCode,
        slug: country.slug,
        ...(country.region ? { region: country.region } : {}),
        ...listsOf(country),
        createdAt: now,
        updatedAt: now,
      })),
    )
  }
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // The countries stay: stories and people may be tagged with them by now.
}
