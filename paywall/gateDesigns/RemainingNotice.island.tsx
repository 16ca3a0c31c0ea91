'use client'

import Link from 'next/link'
import { useState } from 'react'

/** The "N free articles remaining" notice; the × is the only script a story page ships. */
export function RemainingNotice({ message }: { message: string }) {
  const [dismissed, setDismissed] = useState(false)
  if (dismissed) return null
  return (
    <aside className="remaining-notice" aria-label="Free articles" data-testid="remaining-notice">
      <p>
        <Link href="/subscribe" prefetch={false}>
          {message}
        </Link>
      </p>
      <button type="button" className="remaining-notice-close" aria-label="Dismiss" onClick={() => setDismissed(true)}>
        ×
      </button>
    </aside>
  )
}
