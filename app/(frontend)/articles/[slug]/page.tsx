import { notFound } from 'next/navigation'

/**
 * The proxy serves a cached variant of the story (delivery/README.md): a request that
 * reaches this route named no published story.
 */
export default function NoSuchStory(): never {
  notFound()
}
