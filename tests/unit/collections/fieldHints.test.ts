import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Articles } from '@/collections/Articles'
import { Countries } from '@/collections/Countries'
import { People } from '@/collections/People'

// What the admin tells a journalist beside a field must be what the field does.
const descriptionOf = (fields: Field[], name: string): unknown => {
  const field = fields.find((each) => 'name' in each && each.name === name)
  return field && 'admin' in field ? (field.admin as { description?: unknown } | undefined)?.description : undefined
}

describe('the hints beside fields', () => {
  it("say a story's changed slug sends its old address on, and another record's breaks its links", () => {
    expect(descriptionOf(Articles.fields, 'slug')).toMatch(/sends the old address on to the new one/)
    expect(descriptionOf(Countries.fields, 'slug')).toMatch(/breaks existing links/)
  })

  it("say a person's role reaches only the quotes that record none of their own", () => {
    expect(descriptionOf(People.fields, 'role')).toMatch(/A quote that records the role held when spoken keeps it/)
  })
})
