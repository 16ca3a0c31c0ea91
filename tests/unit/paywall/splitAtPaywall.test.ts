import { describe, expect, it } from 'vitest'

import { splitAtPaywall } from '@/paywall/PaywallBreak/split'
import { paragraphNode, paragraphTexts, paywallBreakNode, richTextDocument, uploadNode } from '@/reader/richText'

const story = richTextDocument([
  paragraphNode('One.'),
  paragraphNode('Two.'),
  uploadNode(7),
  paragraphNode('Three.'),
  paragraphNode('Four.'),
])

describe('where the opening of a story ends', () => {
  it('by default, after the opening paragraphs: the rest is the gated part', () => {
    const { opening, gated } = splitAtPaywall(story, 2)
    expect(paragraphTexts(opening)).toEqual(['One.', 'Two.'])
    expect(JSON.stringify(opening)).not.toContain('Three.')
    expect(paragraphTexts(gated)).toEqual(['Three.', 'Four.'])
    expect(gated?.root.children[0].type).toBe('upload')
  })

  it('keeps an image that stands before the cut', () => {
    const { opening } = splitAtPaywall(story, 3)
    expect(opening.root.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'upload', 'paragraph'])
  })

  it('withholds nothing from a story shorter than the opening', () => {
    const { opening, gated } = splitAtPaywall(story, 10)
    expect(paragraphTexts(opening)).toHaveLength(4)
    expect(gated).toBeNull()
  })

  it("follows the journalist's paywall break over the default", () => {
    const withBreak = richTextDocument([
      paragraphNode('One.'),
      paywallBreakNode(),
      paragraphNode('Two.'),
      paragraphNode('Three.'),
    ])
    const { opening, gated } = splitAtPaywall(withBreak, 2)
    expect(paragraphTexts(opening)).toEqual(['One.'])
    expect(paragraphTexts(gated)).toEqual(['Two.', 'Three.'])
    expect(JSON.stringify(gated)).not.toContain('paywallBreak')
  })

  it('uses the first break when a journalist left two, and drops the second marker', () => {
    const twoBreaks = richTextDocument([
      paragraphNode('One.'),
      paragraphNode('Two.'),
      paragraphNode('Three.'),
      paywallBreakNode('first'),
      paragraphNode('Four.'),
      paywallBreakNode('second'),
      paragraphNode('Five.'),
    ])
    const { opening, gated } = splitAtPaywall(twoBreaks, 1)
    expect(paragraphTexts(opening)).toEqual(['One.', 'Two.', 'Three.'])
    expect(gated?.root.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph'])
  })

  it('a break at the very end withholds nothing', () => {
    const { gated } = splitAtPaywall(richTextDocument([paragraphNode('One.'), paywallBreakNode()]), 2)
    expect(gated).toBeNull()
  })

  it('does not change the story it was given', () => {
    splitAtPaywall(story, 1)
    expect(paragraphTexts(story)).toHaveLength(4)
  })
})
