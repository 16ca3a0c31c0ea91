import { describe, expect, it } from 'vitest'

import { ACCOUNT_FORM_PATHS } from '@/delivery/formPosts'

import { config } from '../../../proxy'

describe("the proxy's matcher", () => {
  it('sends every account form page through the proxy, so a cut-short or cross-site post gets its 4xx page', () => {
    for (const path of ACCOUNT_FORM_PATHS) expect(config.matcher, path).toContain(path)
  })
})
