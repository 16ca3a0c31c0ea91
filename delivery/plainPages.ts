// Pages the proxy answers itself when the server cannot render: readable without script, never cached.
export const UNAVAILABLE_HEADING = 'This page is temporarily unavailable'
export const UNAVAILABLE_MESSAGE = 'Something went wrong on our side. Please try again in a moment.'
export const BAD_ADDRESS_HEADING = 'That address is not one we can read'
export const BAD_ADDRESS_MESSAGE = 'It has a broken %-escape, perhaps from a link cut short or mistyped.'
export const INCOMPLETE_FORM_HEADING = 'Your form arrived incomplete'
export const INCOMPLETE_FORM_MESSAGE = 'Part of what you sent did not reach us, so nothing was saved. Please go back and send it again.'
export const TOO_MANY_ATTEMPTS_HEADING = 'Too many attempts'
export const tooManyAttemptsMessage = (retryAfterSeconds: number): string =>
  `Too many attempts from your address; try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`

type PlainPage = { html: string; init: ResponseInit }

function plainPage(page: { heading: string; message: string; link: { href: string; text: string }; status: number; headers?: Record<string, string> }): PlainPage {
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${page.heading}</title>
<style>body{font-family:Georgia,serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.6}</style>
</head><body><h1>${page.heading}</h1><p>${page.message}</p><p><a href="${page.link.href}">${page.link.text}</a></p></body></html>`
  return { html, init: { status: page.status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers } } }
}

// 503 with Retry-After, so readers and crawlers come back.
export const unavailablePage = (): PlainPage =>
  plainPage({ heading: UNAVAILABLE_HEADING, message: UNAVAILABLE_MESSAGE, link: { href: '', text: 'Try again' }, status: 503, headers: { 'retry-after': '30' } })

// Next's router answers a malformed percent-escape (`/%E0%A4%A`) with a 500.
export const badAddressPage = (): PlainPage =>
  plainPage({ heading: BAD_ADDRESS_HEADING, message: BAD_ADDRESS_MESSAGE, link: { href: '/', text: 'Go to the latest stories' }, status: 400 })

// A server action answers a body cut short with a 500.
export const incompleteFormPage = (path: string): PlainPage =>
  plainPage({ heading: INCOMPLETE_FORM_HEADING, message: INCOMPLETE_FORM_MESSAGE, link: { href: path, text: 'Back to the form' }, status: 400 })

export const tooManyAttemptsPage = (path: string, retryAfterSeconds: number): PlainPage =>
  plainPage({
    heading: TOO_MANY_ATTEMPTS_HEADING,
    message: `${tooManyAttemptsMessage(retryAfterSeconds)} Nothing was sent.`,
    link: { href: path, text: 'Back to the form' },
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
  })
