import { describe, expect, it } from 'vitest'

import { isGenuineClaim, readVerificationToken, VERIFICATION_LINK_LIFETIME_MS, verificationToken } from '@/accounts/emailVerification'

const secret = 'unit-test-secret-0123456789abcdef0123456789'
const reader = { id: 42, email: 'ana@example.com' }
const now = Date.UTC(2026, 11, 1)

async function check(token: unknown, who: { id: string | number; email: string } = reader, at = now, key = secret): Promise<boolean> {
  const claim = readVerificationToken(token)
  return claim !== null && isGenuineClaim(claim, who, key, at)
}

describe('an email confirmation link', () => {
  it('confirms the address of the account it was made for, for a week', async () => {
    const token = await verificationToken(reader, secret, now)
    expect(await check(token)).toBe(true)
    expect(await check(token, reader, now + VERIFICATION_LINK_LIFETIME_MS - 1)).toBe(true)
    expect(await check(token, reader, now + VERIFICATION_LINK_LIFETIME_MS)).toBe(false)
  })

  it('works for MongoDB ids, and whatever the case of the address', async () => {
    const mongoReader = { id: '6650f1c2a3b4c5d6e7f80912', email: 'Ana@Example.com' }
    expect(await check(await verificationToken(mongoReader, secret, now), { ...mongoReader, email: 'ana@example.com' })).toBe(true)
  })

  it('does not confirm another account, an address the account no longer has, or a link signed with another secret', async () => {
    const token = await verificationToken(reader, secret, now)
    expect(await check(token, { id: 43, email: reader.email })).toBe(false)
    expect(await check(token, { id: 42, email: 'new@example.com' })).toBe(false)
    expect(await check(token, reader, now, 'another-secret-0123456789abcdef0123456789')).toBe(false)
  })

  it('does not confirm a link with its expiry moved, or its signature changed', async () => {
    const [id, expiry, signature] = (await verificationToken(reader, secret, now)).split('.')
    const later = (parseInt(expiry, 36) + VERIFICATION_LINK_LIFETIME_MS).toString(36)
    expect(await check(`${id}.${later}.${signature}`, reader, now + VERIFICATION_LINK_LIFETIME_MS + 1)).toBe(false)
    expect(await check(`${id}.${expiry}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`)).toBe(false)
  })

  it.each([undefined, '', 'garbage', ['42.abc.def'], 42, `42.${'z'.repeat(13)}.${'a'.repeat(43)}`, `../42.abc.${'a'.repeat(43)}`])(
    'reads %o as no token at all',
    (token) => {
      expect(readVerificationToken(token)).toBeNull()
    },
  )
})
