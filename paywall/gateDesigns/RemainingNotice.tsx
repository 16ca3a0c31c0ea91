import Link from 'next/link'

/**
 * Its × needs no script, as story pages ship none: it labels a visually hidden checkbox, and a
 * checked box hides the notice (styles.css). Keyboard users tick "Dismiss" with Space.
 */
export function RemainingNotice({ message }: { message: string }) {
  return (
    <aside className="remaining-notice" aria-label="Free articles" data-testid="remaining-notice">
      <p>
        <Link href="/subscribe" prefetch={false}>
          {message}
        </Link>
      </p>
      <input type="checkbox" id="remaining-notice-dismiss" className="remaining-notice-dismiss visually-hidden" aria-label="Dismiss" />
      {/* Hidden from assistive technology: the checkbox is the control it presents, by name. */}
      <label htmlFor="remaining-notice-dismiss" className="remaining-notice-close" aria-hidden="true">
        ×
      </label>
    </aside>
  )
}
