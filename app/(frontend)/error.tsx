'use client'

import { UNAVAILABLE_HEADING, UNAVAILABLE_MESSAGE } from '@/delivery/plainPages'

// Never a stack trace.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="empty-state" role="alert">
      <h1>{UNAVAILABLE_HEADING}</h1>
      <p>{UNAVAILABLE_MESSAGE}</p>
      <button type="button" className="button" onClick={() => reset()}>
        Try again
      </button>
    </section>
  )
}
