// A morning of readers for `npm run screenshots`, so the numbers on the admin's home are a real picture.
import type { Browser } from 'playwright-core'

import { chromeUserAgent } from '../tests/support/userAgent'

const STORIES = [
  'bolivia-iranian-drones-concerns',
  'washington-wary-of-iranian-drones-for-bolivia',
  'edmundo-novillo-bolivia-defense-minister-profile',
  'argentina-chile-react-bolivia-iranian-drones',
  'how-bolivia-says-it-would-use-iranian-drones',
  'bolivia-iran-drones-timeline',
  'mohammad-reza-ashtiani-iran-defense-minister-profile',
  'bolivia-iran-memorandum-confidentiality-clause-explained',
]

/** Where each reader arrives from, in turn: what a small site's morning looks like. */
const ARRIVALS: { referer?: string; query?: string }[] = [
  { referer: 'https://www.google.com/' },
  { referer: 'https://www.google.com/' },
  {},
  { referer: 'https://t.co/' },
  { query: '?utm_source=morning-briefing&utm_medium=email' },
  { referer: 'https://www.bing.com/' },
  { referer: 'https://www.facebook.com/' },
  {},
  { referer: 'https://www.google.com/' },
  { referer: 'https://news.ycombinator.com/' },
]

const READERS = 30
// Every fifth reader reading a fourth story meets the gate; some of those go on through it.
const storiesRead = (reader: number) => 1 + (reader % 5)

export type Morning = { readers: number; pagesRead: number; gateClicks: number; registrations: number }

/** Each reader a browser of their own (a cookie jar, a user agent), none of them measured by any script. */
export async function readersMorning(browser: Browser, baseURL: string): Promise<Morning> {
  const morning: Morning = { readers: READERS, pagesRead: 0, gateClicks: 0, registrations: 0 }
  for (let reader = 0; reader < READERS; reader++) {
    const context = await browser.newContext({
      baseURL,
      locale: 'en-GB',
      userAgent: chromeUserAgent(`${browser.version()}.${reader}`),
    })
    const page = await context.newPage()
    const arrival = ARRIVALS[reader % ARRIVALS.length]
    for (let read = 0; read < storiesRead(reader); read++) {
      const slug = STORIES[(reader + read * 3) % STORIES.length]
      const first = read === 0
      await page.goto(`/articles/${slug}${first ? (arrival.query ?? '') : ''}`, { referer: first ? arrival.referer : `${baseURL}/` })
      morning.pagesRead++
    }
    const gate = page.getByTestId('gate-panel')
    if ((await gate.count()) > 0) {
      if (reader % 3 === 0) {
        await gate.getByRole('link', { name: 'Create a free account' }).click()
        morning.gateClicks++
        await page.getByLabel('Name').fill(`Morning reader ${reader}`)
        await page.getByLabel('Email').fill(`morning-reader-${reader}@example.com`)
        await page.getByLabel('Password').fill('a long reader password')
        await page.getByRole('button', { name: 'Create account' }).click()
        await page.waitForURL((url) => url.pathname !== '/register')
        morning.registrations++
      } else if (reader % 3 === 1) {
        await gate.getByRole('link', { name: 'Subscribe', exact: true }).click()
        morning.gateClicks++
      }
    }
    await context.close()
  }
  return morning
}
