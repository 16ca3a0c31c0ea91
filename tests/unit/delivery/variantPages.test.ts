import { describe, expect, it } from 'vitest'

import { isInternalPath } from '@/delivery/internalRoutes'
import { HOME_PAGE_PATH, storyVariantPath } from '@/delivery/variantPages'

describe('the cached pages the proxy serves', () => {
  it('live at internal paths, under the one prefix the proxy guards', () => {
    expect(storyVariantPath('a-story', 'metered-1')).toBe('/internal/articles/a-story/metered-1')
    expect(HOME_PAGE_PATH).toBe('/internal/home/full')
    expect(isInternalPath(storyVariantPath('a-story', 'gated'))).toBe(true)
    expect(isInternalPath(HOME_PAGE_PATH)).toBe(true)
  })

  it('leave every public address outside the prefix', () => {
    for (const path of ['/', '/articles/a-story', '/internals', '/internal-affairs', '/account']) expect(isInternalPath(path), path).toBe(false)
  })
})
