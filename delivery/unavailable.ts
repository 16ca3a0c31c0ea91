/** What readers read when a page cannot be produced (e.g. the database is down): the proxy's page and the error pages. */
export const UNAVAILABLE_HEADING = 'This page is temporarily unavailable'
export const UNAVAILABLE_MESSAGE = 'Something went wrong on our side. Please try again in a moment.'

/**
 * The proxy's answer when the server cannot render a page: a complete, readable
 * HTML page (no script needed) with 503 and Retry-After, so browsers, crawlers
 * and caches all know to come back.
 */
export function unavailablePage(): { html: string; init: ResponseInit } {
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${UNAVAILABLE_HEADING}</title>
<style>body{font-family:Georgia,serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.6}</style>
</head><body><h1>${UNAVAILABLE_HEADING}</h1><p>${UNAVAILABLE_MESSAGE}</p><p><a href="">Try again</a></p></body></html>`
  return {
    html,
    init: { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '30', 'cache-control': 'no-store' } },
  }
}
