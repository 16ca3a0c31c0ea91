import Link from 'next/link'

export default function NotFound() {
  return (
    <section className="empty-state">
      <h1>We couldn’t find that page</h1>
      <p>The story may have moved, or the address may be mistyped.</p>
      <p>
        <Link href="/">Go to the latest stories</Link>
      </p>
    </section>
  )
}
