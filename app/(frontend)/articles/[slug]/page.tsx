import { notFound } from 'next/navigation'

/**
 * Published stories never render here: the proxy rewrites /articles/[slug] to a
 * cached rendering. A request that reaches this route named no published story.
 */
export default function UnknownStoryPage(): never {
  notFound()
}
