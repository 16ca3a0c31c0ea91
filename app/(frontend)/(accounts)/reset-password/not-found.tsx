import Link from 'next/link'

// Expired, spent, or cut short by a mail program.
export default function ResetLinkUnusable() {
  return (
    <section className="empty-state">
      <h1>This reset link cannot be used</h1>
      <p>It has expired, has already been used, or reached us incomplete. Reset links work once, for an hour.</p>
      <p>
        <Link href="/forgot-password">Ask for a new link</Link> or <Link href="/login">log in</Link>.
      </p>
    </section>
  )
}
