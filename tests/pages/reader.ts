import { inject } from 'vitest'

/**
 * A reader with a cookie jar, requesting pages from the running newsroom the
 * way a browser would (cookies kept between requests, redirects followed).
 */
export class Reader {
  readonly cookies = new Map<string, string>()
  readonly baseURL = inject('baseURL')

  async get(pathname: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(pathname, { headers })
  }

  async request(pathname: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    const unsafe = init.method !== undefined && init.method !== 'GET'
    const response = await fetch(new URL(pathname, this.baseURL), {
      ...init,
      headers: {
        ...(cookie ? { cookie } : {}),
        // What a browser says about a same-site request: Payload honours a session cookie only
        // with its own Origin (sent on writes) or Sec-Fetch-Site (sent on every request).
        'sec-fetch-site': 'same-origin',
        ...(unsafe ? { origin: this.baseURL } : {}),
        ...init.headers,
      },
    })
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const index = pair.indexOf('=')
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1))
    }
    return response
  }

  async html(pathname: string): Promise<string> {
    const response = await this.get(pathname)
    if (response.status !== 200) throw new Error(`GET ${pathname} answered ${response.status}`)
    return decodeEntities(await response.text())
  }
}

/** Undo React's HTML escaping and text-node markers so tests can look for the story's own text. */
export function decodeEntities(html: string): string {
  return html
    .replace(/<!-- -->/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
