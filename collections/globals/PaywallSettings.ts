import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { admins } from '@/collections/access/admins'
import { anyone } from '@/collections/access/anyone'
import { hiddenBelowEditors } from '@/collections/access/settingsViewers'
import { DEFAULT_PAYWALL_SETTINGS, PAYWALL_LIMITS } from '@/paywall/settings'

import { markQuotesInEveryOpening } from '@/collections/Articles/openingQuotes'
import { purgeReaderPagesAfterGlobalChange } from '@/collections/hooks/purgeReaderPages'

// A longer or shorter opening frees or withholds quotes (paywall/quoteVisibility.ts).
const markOpeningQuotesAgain: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.openingParagraphs !== previousDoc?.openingParagraphs) await markQuotesInEveryOpening(req, doc.openingParagraphs)
  return doc
}

export const PaywallSettings: GlobalConfig = {
  slug: 'paywall-settings',
  admin: { group: 'Settings', hidden: hiddenBelowEditors },
  access: { read: anyone, update: admins },
  hooks: { afterChange: [markOpeningQuotesAgain, purgeReaderPagesAfterGlobalChange] },
  fields: [
    {
      name: 'freeArticles',
      label: 'Free articles per window (anonymous readers)',
      type: 'number',
      required: true,
      min: 0,
      max: PAYWALL_LIMITS.maxFreeArticles,
      defaultValue: DEFAULT_PAYWALL_SETTINGS.freeArticles,
    },
    {
      name: 'registeredFreeArticles',
      label: 'Free articles per window (signed-in readers without a subscription)',
      type: 'number',
      required: true,
      min: 0,
      max: PAYWALL_LIMITS.maxFreeArticles,
      defaultValue: DEFAULT_PAYWALL_SETTINGS.registeredFreeArticles,
    },
    {
      name: 'windowDays',
      label: 'Window length (days)',
      type: 'number',
      required: true,
      min: 1,
      max: PAYWALL_LIMITS.maxWindowDays,
      defaultValue: DEFAULT_PAYWALL_SETTINGS.windowDays,
    },
    {
      name: 'openingParagraphs',
      label: 'Paragraphs in the opening (before the gate, in a story without a paywall break)',
      type: 'number',
      required: true,
      min: 1,
      max: PAYWALL_LIMITS.maxOpeningParagraphs,
      defaultValue: DEFAULT_PAYWALL_SETTINGS.openingParagraphs,
    },
    {
      name: 'gateHeading',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_PAYWALL_SETTINGS.gateHeading,
    },
    {
      name: 'gateMessage',
      type: 'textarea',
      required: true,
      defaultValue: DEFAULT_PAYWALL_SETTINGS.gateMessage,
    },
  ],
}
