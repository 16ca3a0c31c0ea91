import { describe, expect, it } from 'vitest'

import { isCrossSitePost } from '@/delivery/formPosts'

describe('cross-site form posts', () => {
  const post = (origin: string | null, host = 'news.example') => isCrossSitePost({ method: 'POST', origin, host })

  it('are posts whose Origin is another host', () => {
    expect(post('https://evil.example')).toBe(true)
    expect(post('https://news.example.evil.example')).toBe(true)
    expect(post('null')).toBe(true)
  })

  it('are not same-site posts, posts without an Origin, or reads', () => {
    expect(post('https://news.example')).toBe(false)
    expect(post('http://127.0.0.1:3000', '127.0.0.1:3000')).toBe(false)
    expect(post(null)).toBe(false)
    expect(isCrossSitePost({ method: 'GET', origin: 'https://evil.example', host: 'news.example' })).toBe(false)
  })
})
