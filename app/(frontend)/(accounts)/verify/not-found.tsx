import Link from 'next/link'

// Cut short by a mail program, past its week, or for an address the account no longer has.
export default function ConfirmationLinkUnusable() {
  return (
    <section className="empty-state">
      <h1>This confirmation link cannot be used</h1>
      <p>It may have reached us incomplete, be more than a week old, or be for an address your account no longer has.</p>
      <p>
        <Link href="/account">Go to your account</Link> to have a new link sent.
      </p>
    </section>
  )
}
