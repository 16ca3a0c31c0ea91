import { notFound } from 'next/navigation'

/**
 * `/articles/[slug]` is where readers find a story, but it is not rendered here: the
 * proxy (delivery/proxyHandler.ts) decides what this reader gets and serves that cached variant
 * of the story page, app/(frontend)/internal/articles/[slug]/[variant]/page.tsx
 * (how it works: delivery/README.md). A request that reaches this route named no
 * published story.
 */
export default function NoSuchStory(): never {
  notFound()
}
