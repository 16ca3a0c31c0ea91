// Where a reader came from, in the five words an editor uses, and `other` for any other site.
export const REFERRER_CLASSES = ['search', 'social', 'newsletter', 'internal', 'direct', 'other'] as const
export type ReferrerClass = (typeof REFERRER_CLASSES)[number]

const SEARCH = /(^|\.)(google|bing|duckduckgo|yahoo|ecosia|baidu|yandex|qwant|startpage|brave|kagi)\.[a-z.]+$|^search\./
const SOCIAL =
  /(^|\.)(facebook\.com|fb\.me|t\.co|twitter\.com|x\.com|linkedin\.com|lnkd\.in|reddit\.com|instagram\.com|bsky\.app|threads\.net|mastodon\.[a-z]+|news\.ycombinator\.com|whatsapp\.com|telegram\.org|t\.me|youtube\.com|tiktok\.com)$/
const NEWSLETTER_MEDIUM = /^(e-?mail|newsletter)$/i
const SOCIAL_MEDIUM = /^(social|social-network|social-media|sm)$/i
const SEARCH_MEDIUM = /^(organic|cpc|search)$/i

/** From the Referer header and the campaign tags of the address; the tags win, as they are deliberate. */
export function referrerClass(args: { referer: string | undefined | null; query: URLSearchParams; siteHost: string }): ReferrerClass {
  const medium = args.query.get('utm_medium') ?? args.query.get('ref') ?? ''
  if (NEWSLETTER_MEDIUM.test(medium)) return 'newsletter'
  if (SOCIAL_MEDIUM.test(medium)) return 'social'
  if (SEARCH_MEDIUM.test(medium)) return 'search'
  const host = hostOf(args.referer)
  if (host === null) return 'direct'
  if (host === args.siteHost.toLowerCase().replace(/^www\./, '')) return 'internal'
  if (SEARCH.test(host)) return 'search'
  if (SOCIAL.test(host)) return 'social'
  if (/(^|\.)(mail|newsletter|substack)\./.test(host)) return 'newsletter'
  return 'other'
}

function hostOf(referer: string | undefined | null): string | null {
  if (!referer) return null
  try {
    return new URL(referer).host.toLowerCase().replace(/^www\./, '') || null
  } catch {
    return null
  }
}
