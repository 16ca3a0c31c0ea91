import { describe, expect, it } from 'vitest'

import { paragraphTexts, richTextDocument, paragraphNode, uploadNode } from '@/content/richText'
import { previewOf } from '@/paywall/preview'

const story = richTextDocument([
  paragraphNode('One.'),
  paragraphNode('Two.'),
  uploadNode(7),
  paragraphNode('Three.'),
  paragraphNode('Four.'),
])

describe('the story preview', () => {
  it('keeps only the opening paragraphs', () => {
    const { state, withheld } = previewOf(story, 2)
    expect(paragraphTexts(state)).toEqual(['One.', 'Two.'])
    expect(withheld).toBe(true)
    expect(JSON.stringify(state)).not.toContain('Three.')
  })

  it('keeps an image that stands before the cut', () => {
    const { state } = previewOf(story, 3)
    expect(state.root.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'upload', 'paragraph'])
  })

  it('withholds nothing from a story shorter than the preview', () => {
    const { state, withheld } = previewOf(story, 10)
    expect(paragraphTexts(state)).toHaveLength(4)
    expect(withheld).toBe(false)
  })

  it('does not change the story it was given', () => {
    previewOf(story, 1)
    expect(paragraphTexts(story)).toHaveLength(4)
  })
})
