import type { PlanId } from './plans'
import { PaymentProviderError, type PaymentProvider } from './provider'

type StripeConfig = { secretKey: string; prices: Record<PlanId, string> }

const STRIPE_API = 'https://api.stripe.com/v1'

/**
 * Nothing changes on the account until Stripe's signed webhook says so; the reader id
 * travels in `client_reference_id` and the subscription's metadata.
 */
export function stripeProvider(config: StripeConfig, fetchImpl: typeof fetch = fetch): PaymentProvider {
  async function call(method: 'POST' | 'DELETE', path: string, form: Record<string, string> = {}): Promise<{ url?: unknown }> {
    const response = await fetchImpl(`${STRIPE_API}${path}`, {
      method,
      headers: { authorization: `Bearer ${config.secretKey}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
      signal: AbortSignal.timeout(10_000),
    })
    const body = (await response.json().catch(() => null)) as { url?: unknown; error?: { message?: unknown } } | null
    if (!response.ok || body === null) {
      const detail = typeof body?.error?.message === 'string' ? body.error.message : `HTTP ${response.status}`
      throw new PaymentProviderError(`Stripe refused the request (${detail}).`)
    }
    return body
  }

  async function post(path: string, form: Record<string, string>): Promise<{ url: string }> {
    const { url } = await call('POST', path, form)
    if (typeof url !== 'string') throw new PaymentProviderError('Stripe refused the request (no page to send you to).')
    return { url }
  }

  return {
    id: 'stripe',
    notice: 'You will pay on Stripe’s secure page; your subscription starts as soon as the payment goes through.',
    async checkout({ reader, plan, siteUrl }) {
      const readerId = String(reader.id)
      const customer = reader.subscription?.providerCustomerId
      const { url } = await post('/checkout/sessions', {
        mode: 'subscription',
        'line_items[0][price]': config.prices[plan.id],
        'line_items[0][quantity]': '1',
        client_reference_id: readerId,
        ...(customer ? { customer } : { customer_email: reader.email }),
        'subscription_data[metadata][readerId]': readerId,
        'subscription_data[metadata][planId]': plan.id,
        success_url: `${siteUrl}/account?checkout=complete`,
        cancel_url: `${siteUrl}/subscribe`,
      })
      return { kind: 'redirect', url }
    },
    async cancel({ reader, siteUrl }) {
      const customer = reader.subscription?.providerCustomerId
      if (!customer) throw new PaymentProviderError('This subscription has no Stripe customer to manage.')
      const { url } = await post('/billing_portal/sessions', { customer, return_url: `${siteUrl}/account` })
      return { kind: 'redirect', url }
    },
    async endNow({ reader }) {
      const subscription = reader.subscription?.providerSubscriptionId
      if (!subscription) throw new PaymentProviderError('This subscription has no Stripe subscription to end.')
      // Stripe's webhook (customer.subscription.deleted) then finds no account, and changes nothing.
      await call('DELETE', `/subscriptions/${encodeURIComponent(subscription)}`)
    },
  }
}
