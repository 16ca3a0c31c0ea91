'use client'

import { UNAVAILABLE_HEADING, UNAVAILABLE_MESSAGE } from '@/delivery/plainPages'

// When even a layout fails to render.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'Georgia, serif', maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
        <h1>{UNAVAILABLE_HEADING}</h1>
        <p>{UNAVAILABLE_MESSAGE}</p>
        <button type="button" onClick={() => reset()}>
          Try again
        </button>
      </body>
    </html>
  )
}
