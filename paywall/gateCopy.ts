import type { StoryVariant } from './meter'

export const freeArticles = (count: number): string => `${count} free ${count === 1 ? 'article' : 'articles'}`

const SUBSCRIBE = 'Subscribe for unlimited access.'

export function remainingNotice(variant: Extract<StoryVariant, { kind: 'metered' }>): string {
  if (variant.remaining > 0) return `You have ${freeArticles(variant.remaining)} remaining. ${SUBSCRIBE}`
  // None left after this read means this read was the last; a re-read spent nothing.
  if (variant.reread) return `You have used your free articles. ${SUBSCRIBE}`
  return `This is your last free article. ${SUBSCRIBE}`
}
