/**
 * Cuts a Lexical story body down to its opening paragraphs, on the server, so
 * the withheld text is never serialised into HTML or the RSC payload.
 */

type LexicalNode = { type: string; [key: string]: unknown }
type LexicalState = { root: { children: LexicalNode[]; [key: string]: unknown }; [key: string]: unknown }

export function previewOf<State extends LexicalState>(
  state: State,
  paragraphs: number,
): { state: State; withheld: boolean } {
  const all = state.root.children
  const kept: LexicalNode[] = []
  let paragraphsKept = 0
  for (const node of all) {
    if (paragraphsKept >= paragraphs) break
    kept.push(node)
    if (node.type === 'paragraph') paragraphsKept += 1
  }
  return {
    state: { ...state, root: { ...state.root, children: kept } },
    withheld: kept.length < all.length,
  }
}
