import { describe, expect, it } from 'vitest'

import { passwordResetEmail } from '@/collections/Readers/passwordResetEmail'

describe("a reader's password reset email", () => {
  it("links to the site's reset page with the token, on the site's own address", () => {
    const { subject, text, html } = passwordResetEmail('https://news.example', 'abc123')
    expect(subject).toBe('Reset your password')
    expect(text).toContain('https://news.example/reset-password?token=abc123')
    expect(html).toContain('href="https://news.example/reset-password?token=abc123"')
    expect(text).toContain('works for an hour')
  })
})
