import { describe, expect, it } from 'vitest'

import { ACCOUNT_FORM_PATHS } from '@/delivery/formPosts'
import { INTERNAL_PREFIX } from '@/delivery/internalRoutes'

import { config } from '../../../proxy'

// The matcher's page pattern is a plain regular expression in path-to-regexp's parentheses.
const pagePattern = config.matcher.find((entry): entry is string => typeof entry === 'string' && entry.startsWith('/((?!'))!
const sentToProxy = (path: string) => path === '/' || new RegExp(`^${pagePattern}$`).test(path)

describe("the proxy's matcher", () => {
  it('sends every account form page, story, reader page, admin page and internal route through the proxy (each page gets its script nonce there)', () => {
    for (const path of [
      ...ACCOUNT_FORM_PATHS,
      '/',
      '/articles/bolivia-iranian-drones-concerns',
      '/people',
      '/search',
      `${INTERNAL_PREFIX}/story-facts/x`,
      '/feed.xml',
      '/apiary',
      '/admin',
      '/admin/collections/articles',
      '/administrator',
    ]) {
      expect(sentToProxy(path), path).toBe(true)
    }
  })

  it('leaves the API, Next’s own files and the static files at the root to Next', () => {
    for (const path of ['/api', '/api/articles', '/api/graphql', '/_next/static/chunks/a.js', '/favicon.ico', '/icon.svg', '/logo.png', '/robots.txt']) {
      expect(sentToProxy(path), path).toBe(false)
    }
  })
})
