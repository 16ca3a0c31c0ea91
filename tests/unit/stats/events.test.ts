import { describe, expect, it } from 'vitest'

import { asksNotToBeFollowed, countedStanding, isCrawlerByBehaviour, readVariantOf } from '@/stats/events'

import { chromeUserAgent } from '../../support/userAgent'

const browser = chromeUserAgent('156.0')

describe('what counts as a read', () => {
  it('names the variant served as full, metered or gated', () => {
    expect(readVariantOf('full')).toBe('full')
    expect(readVariantOf('metered-0')).toBe('metered')
    expect(readVariantOf('metered-4')).toBe('metered')
    expect(readVariantOf('gated')).toBe('gated')
  })

  it('counts visitors, free accounts and subscribers, and leaves staff out', () => {
    expect(countedStanding('anonymous')).toBe('anonymous')
    expect(countedStanding('registered')).toBe('free')
    expect(countedStanding('subscriber')).toBe('subscriber')
    expect(countedStanding('staff')).toBeNull()
  })

  it('leaves out what behaves like a crawler: no languages, no agent, or one naming itself a robot', () => {
    expect(isCrawlerByBehaviour({ userAgent: browser, acceptLanguage: 'en-GB,en;q=0.9' })).toBe(false)
    expect(isCrawlerByBehaviour({ userAgent: browser, acceptLanguage: undefined })).toBe(true)
    expect(isCrawlerByBehaviour({ userAgent: browser, acceptLanguage: ' ' })).toBe(true)
    expect(isCrawlerByBehaviour({ userAgent: undefined, acceptLanguage: 'en' })).toBe(true)
    expect(isCrawlerByBehaviour({ userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1)', acceptLanguage: 'en' })).toBe(true)
    expect(isCrawlerByBehaviour({ userAgent: 'curl/8.5.0', acceptLanguage: 'en' })).toBe(true)
  })

  it('honours Global Privacy Control only when the header says 1', () => {
    expect(asksNotToBeFollowed('1')).toBe(true)
    expect(asksNotToBeFollowed(' 1 ')).toBe(true)
    expect(asksNotToBeFollowed('0')).toBe(false)
    expect(asksNotToBeFollowed(undefined)).toBe(false)
    expect(asksNotToBeFollowed(null)).toBe(false)
  })
})
