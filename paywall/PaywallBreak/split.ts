import { PAYWALL_BREAK_BLOCK } from './config'

/**
 * Split on the server, so withheld text is never serialised into a gated page's HTML or RSC payload.
 * Without a break, the opening is the first `openingParagraphs` paragraphs and what stands between.
 */

type LexicalNode = { type: string; [key: string]: unknown }
type LexicalState = { root: { children: LexicalNode[]; [key: string]: unknown }; [key: string]: unknown }

const isPaywallBreak = (node: LexicalNode): boolean =>
  node.type === 'block' && (node.fields as { blockType?: unknown } | undefined)?.blockType === PAYWALL_BREAK_BLOCK

export function splitAtPaywall<State extends LexicalState>(
  state: State,
  openingParagraphs: number,
): { opening: State; gated: State | null } {
  const all = state.root.children
  const breakAt = all.findIndex(isPaywallBreak)
  const cut = breakAt >= 0 ? breakAt : cutAfterParagraphs(all, openingParagraphs)
  // Further breaks are markers with nothing to show.
  const gatedChildren = all.slice(breakAt >= 0 ? cut + 1 : cut).filter((node) => !isPaywallBreak(node))
  const withChildren = (children: LexicalNode[]): State => ({ ...state, root: { ...state.root, children } })
  return {
    opening: withChildren(all.slice(0, cut)),
    gated: gatedChildren.length > 0 ? withChildren(gatedChildren) : null,
  }
}

function cutAfterParagraphs(nodes: LexicalNode[], paragraphs: number): number {
  let seen = 0
  for (let index = 0; index < nodes.length; index += 1) {
    if (nodes[index].type === 'paragraph') seen += 1
    if (seen >= paragraphs) return index + 1
  }
  return nodes.length
}
