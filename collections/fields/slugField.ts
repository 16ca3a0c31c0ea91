import type { FieldHook, TextField } from 'payload'

import { isWellFormedSlug, slugify } from '@/lib/slugify'

/**
 * Stable once set, so published links keep working. `derivedOnly`: creating code never passes
 * one (staff accounts), so the generated type does not ask for it. `redirected`: a changed slug
 * leaves a redirect from the old address (stories: Articles/hooks/redirectOldSlug.ts).
 */
export function slugField(sourceField: string, { derivedOnly = false, redirected = false } = {}): TextField {
  const deriveSlug: FieldHook = ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    if (typeof originalDoc?.slug === 'string' && originalDoc.slug) return originalDoc.slug
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

  return {
    name: 'slug',
    type: 'text',
    required: !derivedOnly,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: `Leave blank to derive it from the ${sourceField}. ${redirected ? 'Changing it sends the old address on to the new one.' : 'Changing it breaks existing links.'}`,
    },
    hooks: { beforeValidate: [deriveSlug] },
    validate: (value: unknown) =>
      typeof value === 'string' && isWellFormedSlug(value)
        ? true
        : 'Use lowercase letters, digits and single hyphens only.',
  }
}
