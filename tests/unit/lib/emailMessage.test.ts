import { describe, expect, it } from 'vitest'

import { emailMessage } from '@/lib/emailMessage'

describe('an email to a reader', () => {
  const message = emailMessage({
    subject: 'Welcome',
    heading: 'Hello <Ana> & co',
    paragraphs: ['Your plan: "monthly".'],
    link: { href: 'https://news.example/verify?token=a&b', text: 'Confirm' },
    footnote: 'Not you? Ignore it.',
  })

  it('says the same in its text and its HTML', () => {
    expect(message.subject).toBe('Welcome')
    expect(message.text).toBe('Hello <Ana> & co\n\nYour plan: "monthly".\n\nConfirm: https://news.example/verify?token=a&b\n\nNot you? Ignore it.')
    expect(message.html).toContain('<a href="https://news.example/verify?token=a&amp;b"')
  })

  it('escapes what comes from the database, so a name cannot add markup', () => {
    expect(message.html).toContain('Hello &lt;Ana&gt; &amp; co')
    expect(message.html).toContain('Your plan: &quot;monthly&quot;.')
    expect(message.html).not.toContain('<Ana>')
  })

  it('has no link when it needs none', () => {
    expect(emailMessage({ subject: 's', heading: 'h', paragraphs: ['p'] }).html).not.toContain('<a ')
  })
})
