import { relationId, type Relation } from '@/lib/relations'

import { INLINE_QUOTE_BLOCK, PULL_QUOTE_BLOCK } from './blocks/Quote/config'

type Node = { type?: unknown; fields?: { blockType?: unknown; quote?: unknown }; children?: unknown }

export function quoteIdsOfStory(story: { body?: unknown }): string[] {
  const ids = new Set<string>()
  const visit = (node: Node) => {
    const blockType = node.fields?.blockType
    if ((node.type === 'inlineBlock' || node.type === 'block') && (blockType === INLINE_QUOTE_BLOCK || blockType === PULL_QUOTE_BLOCK)) {
      const id = relationId(node.fields?.quote as Relation)
      if (id) ids.add(id)
    }
    if (Array.isArray(node.children)) node.children.forEach(visit)
  }
  const root = (story.body as { root?: Node } | null | undefined)?.root
  if (root) visit(root)
  return [...ids]
}
