import { describe, expect, it } from 'vitest'

import { mediaIdsOfStory } from '@/collections/Articles/mediaOfStory'
import { paragraphNode, richTextDocument, uploadNode } from '@/reader/richText'

describe('the images a story shows', () => {
  it('are its hero and every upload in its body, once each', () => {
    const body = richTextDocument([paragraphNode('Text.'), uploadNode(7), uploadNode(3), uploadNode(7)])
    expect(mediaIdsOfStory({ heroImage: 3, body }).sort()).toEqual(['3', '7'])
  })

  it('include uploads nested in other nodes, and populated heroes', () => {
    const body = { root: { type: 'root', children: [{ type: 'list', children: [{ type: 'listitem', children: [uploadNode('abc')] }] }] } }
    expect(mediaIdsOfStory({ heroImage: { id: 'hero' }, body }).sort()).toEqual(['abc', 'hero'])
  })

  it('are none for a story without images', () => {
    expect(mediaIdsOfStory({ heroImage: null, body: richTextDocument([paragraphNode('Only words.')]) })).toEqual([])
  })

  it('counts the share image the editors chose', () => {
    expect(mediaIdsOfStory({ heroImage: 3, meta: { image: { id: 9 } }, body: richTextDocument([paragraphNode('Only words.')]) }).sort()).toEqual(['3', '9'])
    expect(mediaIdsOfStory({ heroImage: 3, meta: { image: null } })).toEqual(['3'])
  })
})
