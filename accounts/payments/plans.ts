import { z } from 'zod'

// A provider maps each plan id to its own price (a Stripe price id).
export const PLANS = [
  { id: 'monthly', name: 'Monthly', priceLabel: '$8 a month', months: 1 },
  { id: 'annual', name: 'Annual', priceLabel: '$80 a year (two months free)', months: 12 },
] as const

export type Plan = (typeof PLANS)[number]
export type PlanId = Plan['id']

export const planIdSchema = z.enum(PLANS.map((plan) => plan.id) as [PlanId, ...PlanId[]], {
  error: 'Choose one of the plans on this page.',
})

export const findPlan = (id: PlanId): Plan => PLANS.find((plan) => plan.id === id)!

// Calendar months, as a card is billed.
export function periodEnd(plan: Plan, start: Date): Date {
  const end = new Date(start)
  end.setUTCMonth(end.getUTCMonth() + plan.months)
  return end
}
