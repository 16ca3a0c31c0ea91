import { PAYWALL_BREAK_BLOCK } from './config'

/**
 * Splits a Lexical story body into the opening every reader gets and the gated part,
 * on the server, so withheld text is never serialised into the HTML or RSC payload of
 * a gated page. The journalist's paywall break decides; without one, the opening is
 * the first `openingParagraphs` paragraphs (and whatever stands between them, e.g. an image).
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
  // Further breaks in the gated part are markers with nothing to show.
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
