/**
 * With one order of domains and no import against it, no two folders can import each other:
 *
 *   newsroom → accounts → reader → collections → delivery → stats → paywall → lib
 *
 * Entry points (app/, proxy.ts, server.ts, instrumentation.ts, payload.config.ts, seed/) stand
 * above them all; scripts/ and tests/ may import anything, but for the backup's machinery.
 * `no-circular` catches circles inside a folder.
 */
const DOMAINS = ['lib', 'paywall', 'stats', 'delivery', 'collections', 'reader', 'accounts', 'newsroom']
const ENTRY_POINTS = ['^app/', '^seed/', '^scripts/', '^tests/', '^proxy\\.ts$', '^server\\.ts$', '^instrumentation\\.ts$']
// The configured Payload is built from the content model: only what stands above it may ask for it.
const PAYLOAD_CONFIG = '^payload\\.config\\.ts$'

const layerRules = DOMAINS.map((domain, index) => ({
  name: `${domain}-imports-only-below`,
  comment: `${domain}/ may import only what stands below it: ${DOMAINS.slice(0, index).join(', ') || 'nothing but itself'}`,
  severity: 'error',
  from: { path: `^${domain}/` },
  to: {
    path: [
      ...DOMAINS.slice(index + 1).map((above) => `^${above}/`),
      ...ENTRY_POINTS,
      ...(index < DOMAINS.indexOf('reader') ? [PAYLOAD_CONFIG] : []),
    ],
  },
}))

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other, directly or round a circle.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'every-folder-has-its-place',
      comment: 'A new top-level folder of code takes its place in DOMAINS (or among the entry points) first.',
      severity: 'error',
      from: { pathNot: ['^(lib|paywall|stats|delivery|collections|reader|accounts|newsroom|app|seed|migrations|scripts/backup)/', '^[^/]+$'] },
      to: {},
    },
    {
      name: 'backup-holds-only-what-is-stored',
      comment: 'scripts/backup/ copies the database as stored: no hook, page or content rule of ours comes into it.',
      severity: 'error',
      from: { path: '^scripts/backup/' },
      to: { path: ['^(?!lib/|scripts/backup/)[^/]+/', PAYLOAD_CONFIG], dependencyTypesNot: ['npm', 'npm-dev', 'core', 'unknown', 'undetermined'] },
    },
    {
      name: 'migrations-stand-alone',
      comment: 'A migration is a record of a past schema: it imports no project code, which moves on.',
      severity: 'error',
      from: { path: '^migrations/' },
      to: { path: '^(?!migrations/)[^/]+/', dependencyTypesNot: ['npm', 'npm-dev', 'core', 'unknown', 'undetermined'] },
    },
    {
      name: 'hooks-belong-to-their-collection',
      comment: "A collection's hooks are its own: nothing else imports them (shared rules live beside the collection).",
      severity: 'error',
      from: { path: '^(?!collections/[^/]+/)' },
      to: { path: '^collections/[^/]+/hooks/' },
    },
    {
      name: 'hooks-of-another-collection',
      severity: 'error',
      from: { path: '^collections/([^/]+)/' },
      to: { path: '^collections/[^/]+/hooks/', pathNot: '^collections/$1/hooks/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Tests and tools may import anything; what they import is checked from its own side.
    exclude: { path: '^(node_modules|dist|\\.next|\\.tmp|tests|docs|public|data|media)/|^scripts/(?!backup/)' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: they tie folders together as much as any other.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
}
