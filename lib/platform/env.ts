import { z } from 'zod'

import { DEFAULT_DATABASE_URI, databaseKind } from './database'
import { settingOrigin } from './envFiles'

// An empty value (`${VAR:-}` in docker-compose) counts as unset.
const optionalSetting = (schema: z.ZodString | z.ZodURL) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.trim().optional())

// Validated once, so a bad value stops the process naming the variable, not later as a runtime error.
const serverEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URI: z
      .string()
      .trim()
      .default(DEFAULT_DATABASE_URI)
      .refine((uri) => databaseKind(uri) !== null, {
        message: 'must start with mongodb://, mongodb+srv:// (MongoDB) or file: (embedded SQLite)',
      }),
    PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    SITE_URL: z.url().optional(),
    MEDIA_DIR: z.string().trim().min(1).optional(),
    // Uploads go to this bucket instead of MEDIA_DIR (docs/media-storage.md).
    S3_BUCKET: optionalSetting(
      z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens'),
    ),
    S3_REGION: optionalSetting(z.string().regex(/^[a-z0-9-]+$/, 'must be a region name, like eu-west-1 (or auto, as some S3-compatible services say)')),
    S3_ENDPOINT: optionalSetting(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address, like https://s3.example.org' })),
    // Without both, the AWS SDK finds credentials itself (AWS_* variables, a role, ~/.aws).
    S3_ACCESS_KEY_ID: optionalSetting(z.string().min(1)),
    S3_SECRET_ACCESS_KEY: optionalSetting(z.string().min(1)),
    // Most self-hosted services need ENDPOINT/BUCKET/key.
    S3_FORCE_PATH_STYLE: optionalSetting(z.string().regex(/^(true|false)$/, 'must be true or false')),
    S3_PREFIX: optionalSetting(
      z
        .string()
        .regex(
          /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/,
          'must be a folder of the bucket, like media or site/media (no leading or trailing slash)',
        ),
    ),
    JOBS_CRON: z
      .string()
      .trim()
      .regex(/^\S+( \S+){4,5}$/, 'must be a cron expression of 5 or 6 fields')
      .default('* * * * *'),
    LOG_LEVEL: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    NEWSROOM_DEMO: z
      .enum(['true', 'false'])
      .default('false')
      .transform((flag) => flag === 'true'),
    // Production must say which: a forgotten setting must not give subscriptions away.
    PAYMENT_PROVIDER: z.enum(['demo', 'stripe']).optional(),
    STRIPE_SECRET_KEY: optionalSetting(z.string().regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_… or rk_…)')),
    STRIPE_WEBHOOK_SECRET: optionalSetting(z.string().regex(/^whsec_\w+$/, 'must be a webhook signing secret (whsec_…)')),
    STRIPE_PRICE_MONTHLY: optionalSetting(z.string().regex(/^price_\w+$/, 'must be a Stripe price id (price_…)')),
    STRIPE_PRICE_ANNUAL: optionalSetting(z.string().regex(/^price_\w+$/, 'must be a Stripe price id (price_…)')),
    SMTP_HOST: optionalSetting(z.string().regex(/^[\w.-]+$/, 'must be a host name or address, like smtp.example.org')),
    SMTP_PORT: z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().min(1).max(65535).optional()),
    SMTP_SECURE: optionalSetting(z.string().regex(/^(true|false)$/, 'must be true or false')),
    SMTP_USER: optionalSetting(z.string().min(1)),
    SMTP_PASS: optionalSetting(z.string().min(1)),
    EMAIL_FROM: optionalSetting(z.string().regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, 'must be an email address, like newsroom@news.example')),
    EMAIL_FROM_NAME: optionalSetting(z.string().max(100)),
    // Instances share caches, purges, sessions and meters through it (docs/decisions/010-…).
    REDIS_URL: optionalSetting(z.string().regex(/^rediss?:\/\/\S+$/, 'must be a Redis URL, like redis://redis:6379 (or rediss:// for TLS)')),
    // Unset, X-Forwarded-For is ignored: any client can write it (delivery/rateLimits/rules.ts).
    TRUSTED_PROXY_HOPS: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
      z
        .string()
        .trim()
        .regex(/^[0-5]$/, 'must be a whole number from 0 to 5: how many proxies in front of the server append to X-Forwarded-For')
        .default('0')
        .transform(Number),
    ),
    // The page tests' servers sign in many times from one address and run with a large one.
    RATE_LIMIT_SCALE: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
      z
        .string()
        .trim()
        .regex(/^\d+(\.\d+)?$/, 'must be a positive number (1 keeps the limits as they are, 2 doubles them)')
        .default('1')
        .transform(Number)
        .refine((scale) => scale > 0 && scale <= 10_000, 'must be more than 0 and at most 10000 (1 keeps the limits as they are)'),
    ),
    // How long the newsroom's numbers are kept (decision 014); older days are deleted.
    STATS_RETENTION_DAYS: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
      z
        .string()
        .trim()
        .regex(/^\d{1,4}$/, 'must be a whole number of days, like 400')
        .default('400')
        .transform(Number)
        .refine((days) => days >= 1 && days <= 3660, 'must be from 1 to 3660 days'),
    ),
    // Instances of separate builds must share it to accept each other's form posts.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optionalSetting(
      z
        .string()
        .refine(
          (key) => /^[A-Za-z0-9+/]+={0,2}$/.test(key) && [16, 24, 32].includes(Buffer.from(key, 'base64').length),
          'must be base64 of a 16, 24 or 32-byte key (openssl rand -base64 32)',
        ),
    ),
  })
  .transform((env, ctx) => {
    let valid = true
    const refuse = (path: string, message: string) => {
      ctx.addIssue({ code: 'custom', path: [path], message })
      valid = false
    }
    if (!env.PAYMENT_PROVIDER && env.NODE_ENV === 'production') {
      refuse('PAYMENT_PROVIDER', 'must be set in production: `stripe`, or `demo` to give subscriptions away (demos only)')
    }
    if (env.PAYMENT_PROVIDER === 'stripe') {
      const missing = (['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_PRICE_MONTHLY', 'STRIPE_PRICE_ANNUAL'] as const).filter(
        (name) => !env[name],
      )
      for (const name of missing) refuse(name, 'is required when PAYMENT_PROVIDER=stripe')
    }
    // Without a secret set, anyone could forge sessions and meter cookies.
    if (!env.PAYLOAD_SECRET && env.NODE_ENV === 'production') {
      refuse('PAYLOAD_SECRET', 'is required in production (run `npm run setup:env` to generate one)')
    }
    if (env.SMTP_HOST && !env.EMAIL_FROM) refuse('EMAIL_FROM', 'is required with SMTP_HOST: the address emails come from')
    if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASS)) refuse(env.SMTP_USER ? 'SMTP_PASS' : 'SMTP_USER', 'SMTP_USER and SMTP_PASS go together')
    if (!env.SMTP_HOST) {
      for (const name of ['SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASS'] as const) {
        if (env[name] !== undefined) refuse(name, 'has no effect without SMTP_HOST')
      }
    }
    if (env.S3_BUCKET && !env.S3_REGION) refuse('S3_REGION', "is required with S3_BUCKET: the bucket's region, e.g. eu-west-1")
    if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY))
      refuse(env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID', 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together')
    if (!env.S3_BUCKET) {
      for (const name of S3_SETTINGS) {
        if (env[name] !== undefined) refuse(name, 'has no effect without S3_BUCKET')
      }
    }
    if (!valid) return z.NEVER
    const SITE_URL = (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '')
    return {
      ...env,
      PAYMENT_PROVIDER: env.PAYMENT_PROVIDER ?? 'demo',
      PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? 'development-only-secret-not-for-production-use',
      SITE_URL,
      SECURE_COOKIES: SITE_URL.startsWith('https:'),
      EMAIL: {
        from: { address: env.EMAIL_FROM ?? 'newsroom@localhost', name: env.EMAIL_FROM_NAME ?? 'The Newsroom' },
        smtp: env.SMTP_HOST ? smtpSettings({ ...env, SMTP_HOST: env.SMTP_HOST }) : null,
      },
      S3: env.S3_BUCKET && env.S3_REGION ? s3Settings({ ...env, S3_BUCKET: env.S3_BUCKET, S3_REGION: env.S3_REGION }) : null,
    }
  })

const S3_SETTINGS = ['S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'S3_PREFIX'] as const

export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  credentials?: { accessKeyId: string; secretAccessKey: string }
  forcePathStyle: boolean
  prefix: string
}

function s3Settings(env: {
  S3_BUCKET: string
  S3_REGION: string
  S3_ENDPOINT?: string
  S3_ACCESS_KEY_ID?: string
  S3_SECRET_ACCESS_KEY?: string
  S3_FORCE_PATH_STYLE?: string
  S3_PREFIX?: string
}): S3Settings {
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT?.replace(/\/$/, ''),
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    prefix: env.S3_PREFIX ?? '',
  }
}

function smtpSettings(env: { SMTP_HOST: string; SMTP_PORT?: number; SMTP_SECURE?: string; SMTP_USER?: string; SMTP_PASS?: string }) {
  const secure = env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : env.SMTP_PORT === 465
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    auth: env.SMTP_USER && env.SMTP_PASS ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
  }
}

export type ServerEnv = z.output<typeof serverEnvSchema>

export type EnvironmentIssue = { setting: string; message: string; origin?: string }

export class InvalidEnvironmentError extends Error {
  constructor(readonly issues: EnvironmentIssue[]) {
    super(
      `Invalid environment configuration:\n${issues
        .map(({ setting, message, origin }) => `  - ${setting} ${message}${origin ? ` (${origin})` : ''}`)
        .join('\n')}`,
    )
    this.name = 'InvalidEnvironmentError'
  }
}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = serverEnvSchema.safeParse(source)
  if (!result.success) {
    throw new InvalidEnvironmentError(
      result.error.issues.map((issue) => ({ setting: issue.path.join('.') || 'environment', message: issue.message })),
    )
  }
  return result.data
}

let cached: ServerEnv | undefined

// Entry points load the .env files first (lib/platform/envFiles.ts), so a bad setting names its file.
export function serverEnv(): ServerEnv {
  try {
    cached ??= parseServerEnv(process.env)
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error
    throw new InvalidEnvironmentError(
      error.issues.map((issue) => ({ ...issue, origin: settingOrigin(issue.setting, process.env[issue.setting]) })),
    )
  }
  return cached
}

// A bad environment stops the process naming the setting, not with a stack trace on the first request.
export function validateEnvironmentOrExit(): ServerEnv {
  try {
    return serverEnv()
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error
    console.error(`\n${error.message}\n\nSee .env.example for every setting.\n`)
    process.exit(1)
  }
}
