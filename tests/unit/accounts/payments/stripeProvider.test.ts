import { describe, expect, it } from 'vitest'

import { findPlan } from '@/accounts/payments/plans'
import { PaymentProviderError } from '@/accounts/payments/provider'
import { stripeProvider } from '@/accounts/payments/stripeProvider'
import type { Reader } from '@/payload-types'

type Call = { url: string; init: RequestInit }

function fakeStripe(answer: { status: number; body: unknown }) {
  const calls: Call[] = []
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init })
    return new Response(JSON.stringify(answer.body), { status: answer.status })
  }) as unknown as typeof fetch
  const provider = stripeProvider({ secretKey: 'sk_test_123', prices: { monthly: 'price_m', annual: 'price_a' } }, fetchImpl)
  return { provider, calls }
}

const reader = { id: 42, email: 'ana@example.com', name: 'Ana', subscription: {} } as unknown as Reader
const args = { payload: null as never, reader, siteUrl: 'https://news.example', now: new Date() }

describe('the Stripe provider', () => {
  it('starts a subscription Checkout Session that carries the reader id back to the webhook', async () => {
    const { provider, calls } = fakeStripe({ status: 200, body: { url: 'https://checkout.stripe.com/c/pay/cs_test_1' } })
    const outcome = await provider.checkout({ ...args, plan: findPlan('annual') })
    expect(outcome).toEqual({ kind: 'redirect', url: 'https://checkout.stripe.com/c/pay/cs_test_1' })
    expect(calls[0].url).toBe('https://api.stripe.com/v1/checkout/sessions')
    expect(new Headers(calls[0].init.headers).get('authorization')).toBe('Bearer sk_test_123')
    const form = Object.fromEntries(calls[0].init.body as URLSearchParams)
    expect(form).toMatchObject({
      mode: 'subscription',
      'line_items[0][price]': 'price_a',
      client_reference_id: '42',
      customer_email: 'ana@example.com',
      'subscription_data[metadata][readerId]': '42',
      success_url: 'https://news.example/account?checkout=complete',
    })
  })

  it("says what Stripe refused, so the reader gets a message and nothing changes", async () => {
    const { provider } = fakeStripe({ status: 400, body: { error: { message: 'No such price' } } })
    await expect(provider.checkout({ ...args, plan: findPlan('monthly') })).rejects.toThrowError(
      new PaymentProviderError('Stripe refused the request (No such price).'),
    )
  })

  it('manages a subscription in the customer portal, and needs a Stripe customer for it', async () => {
    const { provider, calls } = fakeStripe({ status: 200, body: { url: 'https://billing.stripe.com/p/session/1' } })
    await expect(provider.cancel(args)).rejects.toThrowError(PaymentProviderError)
    const customer = { ...reader, subscription: { providerCustomerId: 'cus_1' } } as unknown as Reader
    expect(await provider.cancel({ ...args, reader: customer })).toEqual({ kind: 'redirect', url: 'https://billing.stripe.com/p/session/1' })
    expect(Object.fromEntries(calls[0].init.body as URLSearchParams)).toEqual({ customer: 'cus_1', return_url: 'https://news.example/account' })
  })

  it('ends a subscription at once when its reader deletes their account, and says what Stripe refused', async () => {
    const subscriber = { ...reader, subscription: { providerCustomerId: 'cus_1', providerSubscriptionId: 'sub_1' } } as unknown as Reader
    const { provider, calls } = fakeStripe({ status: 200, body: { id: 'sub_1', status: 'canceled' } })
    await provider.endNow({ ...args, reader: subscriber })
    expect(calls[0].url).toBe('https://api.stripe.com/v1/subscriptions/sub_1')
    expect(calls[0].init.method).toBe('DELETE')
    await expect(provider.endNow(args)).rejects.toThrowError(PaymentProviderError)

    const refusing = fakeStripe({ status: 404, body: { error: { message: 'No such subscription' } } })
    await expect(refusing.provider.endNow({ ...args, reader: subscriber })).rejects.toThrowError(
      new PaymentProviderError('Stripe refused the request (No such subscription).'),
    )
  })
})
