import sharp from 'sharp'

import { paragraphNode, paragraphWithQuotes, richTextDocument } from '@/reader/richText'

import { type Reader, testSectionId } from './reader'

/**
 * A published story with everything around it of its own: a photo, a country, a person
 * and a quote written into its body (in a sentence, and again as a pull quote). Tests
 * correct these and expect the story page to follow without the story being republished;
 * the seeded ones are on pages other test files read at the same time.
 */
export type Doc = { id: string | number; updatedAt: string }
export type CorrectableStory = {
  story: Doc & { slug: string }
  image: Doc
  country: Doc
  person: Doc
  quote: Doc
}

export const created = async <T,>(response: Response): Promise<T> => {
  if (response.status !== 201) throw new Error(`create answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { doc: T }).doc
}

/** Once per test server (names are unique); `staff` must be signed in as an editor or admin. */
export async function createCorrectableStory(staff: Reader): Promise<CorrectableStory> {
  const png = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#884422' } }).png().toBuffer()
  const upload = new FormData()
  upload.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'freedonia-chancellor.png')
  upload.append('_payload', JSON.stringify({ alt: 'A chancellor at a lectern', caption: 'The caption as first written.', credit: 'Photo desk' }))
  const image = await created<Doc>(await staff.request('/api/media', { method: 'POST', body: upload }))
  const country = await created<Doc>(
    await staff.send('POST', '/api/countries', { name: 'Freedonia', isoCode: 'FD', slug: 'freedonia' }),
  )
  const person = await created<Doc>(
    await staff.send('POST', '/api/people', { name: 'Rufus Firefly', slug: 'rufus-firefly', role: 'Chancellor', country: country.id }),
  )
  const words = 'Words as first reported.'
  const quote = await created<Doc>(await staff.send('POST', '/api/quotes', { text: words, speaker: person.id, speakerRole: 'Chancellor-designate' }))
  const sentence = `The chancellor said, “${words}” Then she left.`
  const start = sentence.indexOf(words)
  const story = await created<Doc & { slug: string }>(
    await staff.send('POST', '/api/articles', {
      title: 'Freedonia names a new chancellor',
      dek: 'A story whose surroundings will be corrected.',
      section: await testSectionId(),
      heroImage: image.id,
      people: [person.id],
      countries: [country.id],
      freeToRead: true,
      body: richTextDocument([
        paragraphNode('The chancellor spoke.'),
        paragraphWithQuotes(sentence, [{ start, end: start + words.length, quote: quote.id }]),
        { type: 'block', version: 2, format: '', fields: { id: 'pull-1', blockName: '', blockType: 'pullQuote', quote: quote.id } } as never,
      ]),
      // Long ago, so that it does not displace the stories other tests expect on the home page.
      publishedAt: '2001-01-01T00:00:00.000Z',
      _status: 'published',
    }),
  )
  return { story, image, country, person, quote }
}
