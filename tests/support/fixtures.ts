import type { Payload } from 'payload'

import type { Reader, User } from '@/payload-types'
import sharp from 'sharp'

import { verificationToken } from '@/accounts/emailVerification'
import { verifyReaderEmail } from '@/accounts/operations'
import { serverEnv } from '@/lib/platform/env'

import { richTextFromParagraphs } from '@/reader/richText'

/** Small, explicit test content (the seed has its own test). `as`: uploaded by this user, with their access. */
export async function createImage(payload: Payload, name: string, as?: { user: User; overrideAccess: boolean }) {
  const data = await sharp({ create: { width: 32, height: 18, channels: 3, background: '#336699' } }).png().toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: `Test image ${name}`, credit: 'Test credit' },
    file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
    ...as,
  })
}

/** The "Test" section, created on first use in each database. */
export async function testSection(payload: Payload): Promise<number> {
  const { docs } = await payload.find({ collection: 'sections', where: { slug: { equals: 'test' } }, depth: 0, limit: 1, overrideAccess: true })
  const section = docs[0] ?? (await payload.create({ collection: 'sections', data: { name: 'Test', slug: 'test' }, overrideAccess: true }))
  return section.id as number
}

export async function createStory(
  payload: Payload,
  fields: { title: string; status: 'draft' | 'published'; paragraphs?: string[]; freeToRead?: boolean; heroImage: string | number },
) {
  return payload.create({
    collection: 'articles',
    // Saved whole (required fields validated) with the status asked for.
    draft: false,
    data: {
      title: fields.title,
      slug: fields.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      dek: `Standfirst of ${fields.title}`,
      section: await testSection(payload),
      heroImage: fields.heroImage as number,
      body: richTextFromParagraphs(fields.paragraphs ?? [`Body of ${fields.title}.`]),
      freeToRead: fields.freeToRead ?? false,
      _status: fields.status,
    },
  })
}

/** A registered reader who has followed the link confirming their address, as the email gives it (accounts/emailVerification.ts). */
export async function confirmAddress(payload: Payload, reader: Reader): Promise<Reader> {
  const secret = serverEnv().PAYLOAD_SECRET
  const token = await verificationToken(reader, secret, Date.now())
  const { ok } = await verifyReaderEmail(payload, token, { secret, now: new Date() })
  if (!ok) throw new Error(`the confirmation link of reader ${reader.id} did not confirm it`)
  return payload.findByID({ collection: 'readers', id: reader.id, depth: 0, overrideAccess: true })
}
