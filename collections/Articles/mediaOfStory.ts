import { relationId, type Relation } from '@/lib/relations'

type Node = { type?: unknown; relationTo?: unknown; value?: unknown; children?: unknown }

// Its hero, its share image (shareOverrides.ts) and the uploads in its body, at any depth.
export function mediaIdsOfStory(story: { heroImage?: Relation; meta?: { image?: Relation } | null; body?: unknown }): string[] {
  const ids = new Set<string>()
  for (const image of [story.heroImage, story.meta?.image]) {
    const id = relationId(image)
    if (id) ids.add(id)
  }
  const visit = (node: Node) => {
    if (node.type === 'upload' && node.relationTo === 'media') {
      const id = relationId(node.value as Relation)
      if (id) ids.add(id)
    }
    if (Array.isArray(node.children)) node.children.forEach(visit)
  }
  const root = (story.body as { root?: Node } | null | undefined)?.root
  if (root) visit(root)
  return [...ids]
}
