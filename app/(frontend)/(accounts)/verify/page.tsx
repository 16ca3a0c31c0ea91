import config from '@payload-config'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { verifyReaderEmail } from '@/accounts/operations'
import { serverEnv } from '@/lib/platform/env'

export const metadata: Metadata = { title: 'Email address confirmed', robots: { index: false }, referrer: 'no-referrer' }
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// Opening the link confirms: the token proves the email reached its owner, and twice does no harm.
export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token } = await searchParams
  const { ok } = await verifyReaderEmail(await getPayload({ config }), token, { secret: serverEnv().PAYLOAD_SECRET, now: new Date() })
  if (!ok) notFound()
  return (
    <section className="account-page">
      <h1>Your email address is confirmed</h1>
      <p>Thank you. You can now subscribe, and receipts will reach you at this address.</p>
      <p>
        <Link className="button" href="/subscribe">
          See the plans
        </Link>{' '}
        or <Link href="/account">go to your account</Link>.
      </p>
    </section>
  )
}
