'use client'

/** Shown when a page cannot load (e.g. the database is unreachable); never a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="empty-state" role="alert">
      <h1>This page is temporarily unavailable</h1>
      <p>Something went wrong on our side. Please try again in a moment.</p>
      <button type="button" className="button" onClick={() => reset()}>
        Try again
      </button>
    </section>
  )
}
