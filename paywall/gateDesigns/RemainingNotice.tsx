import Link from 'next/link'

/**
 * The "N free articles remaining" notice. Its × needs no script (story pages ship none,
 * delivery/readerHtml.ts): it is the label of a visually hidden checkbox, and a checked box
 * hides the notice (styles.css). Keyboard users reach the checkbox, named "Dismiss", and
 * tick it with Space; its focus ring is drawn on the ×.
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
