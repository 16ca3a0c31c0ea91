import Link from 'next/link'

import type { Article } from '@/payload-types'
import { sectionPath } from '@/lib/readerPaths'

import { sectionOf } from '../sections'

export function Kicker({ story }: { story: Pick<Article, 'section'> }) {
  const section = sectionOf(story)
  if (!section) return null
  return (
    <p className="kicker">
      <Link href={sectionPath(section.slug)} prefetch={false}>
        {section.name}
      </Link>
    </p>
  )
}
