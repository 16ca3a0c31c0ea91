/**
 * Payload asks every response for the reader's colour scheme with `Critical-CH`, which makes Chrome
 * request a page a second time when it came without the hint: on a reader's page that doubled each
 * first render and counted a gate's click twice. Only the admin draws itself by that hint, so only
 * its pages ask for it.
 */
const CLIENT_HINT_HEADERS = new Set(['accept-ch', 'critical-ch', 'vary'])
const ADMIN_PATHS = '/admin/:path*'

/**
 * @typedef {{ source: string; headers: { key: string; value: string }[] }} HeaderRule
 * @param {HeaderRule[]} rules Next's header rules as withPayload gives them
 * @returns {HeaderRule[]}
 */
export function clientHintsForTheAdminOnly(rules) {
  const hints = rules.flatMap((rule) => rule.headers.filter((header) => isColourSchemeHint(header)))
  const rest = rules
    .map((rule) => ({ ...rule, headers: rule.headers.filter((header) => !isColourSchemeHint(header)) }))
    .filter((rule) => rule.headers.length > 0)
  return hints.length === 0 ? rest : [...rest, { source: ADMIN_PATHS, headers: hints }]
}

/** @param {{ key: string; value: string }} header */
const isColourSchemeHint = ({ key, value }) => CLIENT_HINT_HEADERS.has(key.toLowerCase()) && /sec-ch-prefers-color-scheme/i.test(value)
