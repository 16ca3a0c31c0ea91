import { describe, expect, it } from 'vitest'

import { databaseKind } from '@/lib/platform/database'
import { InvalidEnvironmentError, parseServerEnv } from '@/lib/platform/env'
import { isWellFormedSlug, slugify } from '@/lib/slugify'

const secret = 'x'.repeat(32)

describe('environment validation', () => {
  it('defaults to the embedded SQLite database', () => {
    const env = parseServerEnv({})
    expect(env.DATABASE_URI).toBe('file:./data/newsroom.db')
    expect(env.PORT).toBe(3000)
    expect(env.SITE_URL).toBe('http://localhost:3000')
    expect(env.SECURE_COOKIES).toBe(false)
  })

  it('refuses to start in production without a secret, naming the variable', () => {
    expect(() => parseServerEnv({ NODE_ENV: 'production' })).toThrowError(/PAYLOAD_SECRET is required in production/)
  })

  it('refuses a short secret', () => {
    expect(() => parseServerEnv({ PAYLOAD_SECRET: 'short' })).toThrowError(InvalidEnvironmentError)
  })

  it('refuses a database URI it cannot serve', () => {
    expect(() => parseServerEnv({ DATABASE_URI: 'postgres://db/newsroom', PAYLOAD_SECRET: secret })).toThrowError(
      /DATABASE_URI must start with mongodb:\/\/, mongodb\+srv:\/\/ .* or file:/,
    )
  })

  it('checks the job runner schedule is a cron expression', () => {
    expect(parseServerEnv({}).JOBS_CRON).toBe('* * * * *')
    expect(parseServerEnv({ JOBS_CRON: '*/2 * * * * *' }).JOBS_CRON).toBe('*/2 * * * * *')
    expect(() => parseServerEnv({ JOBS_CRON: 'every minute' })).toThrowError(/JOBS_CRON must be a cron expression/)
  })

  it('logs at info unless told otherwise, and refuses a level Payload’s logger does not know', () => {
    expect(parseServerEnv({}).LOG_LEVEL).toBe('info')
    expect(parseServerEnv({ LOG_LEVEL: 'warn' }).LOG_LEVEL).toBe('warn')
    expect(() => parseServerEnv({ LOG_LEVEL: 'loud' })).toThrowError(/LOG_LEVEL/)
  })

  it('refuses a port out of range', () => {
    expect(() => parseServerEnv({ PORT: '99999' })).toThrowError(/PORT/)
  })

  it('accepts MongoDB in production with a secret', () => {
    const env = parseServerEnv({ NODE_ENV: 'production', DATABASE_URI: 'mongodb://mongo:27017/newsroom?replicaSet=rs0', PAYLOAD_SECRET: secret, SITE_URL: 'https://news.example/', PAYMENT_PROVIDER: 'stripe', STRIPE_SECRET_KEY: 'sk_live_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc', STRIPE_PRICE_MONTHLY: 'price_m', STRIPE_PRICE_ANNUAL: 'price_a' })
    expect(env.SITE_URL).toBe('https://news.example')
    // Served over https, sessions and the meter cookie are Secure.
    expect(env.SECURE_COOKIES).toBe(true)
  })

  it('takes payments through the demo provider unless Stripe is configured in full', () => {
    expect(parseServerEnv({}).PAYMENT_PROVIDER).toBe('demo')
    expect(() => parseServerEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toThrowError(
      /PAYMENT_PROVIDER must be set in production/,
    )
    expect(parseServerEnv({ STRIPE_SECRET_KEY: '', STRIPE_WEBHOOK_SECRET: '  ' }).STRIPE_WEBHOOK_SECRET).toBeUndefined()
    expect(() => parseServerEnv({ PAYMENT_PROVIDER: 'stripe', STRIPE_SECRET_KEY: 'sk_test_abc' })).toThrowError(
      /STRIPE_WEBHOOK_SECRET is required when PAYMENT_PROVIDER=stripe/,
    )
    expect(() => parseServerEnv({ STRIPE_WEBHOOK_SECRET: 'not-a-secret' })).toThrowError(/STRIPE_WEBHOOK_SECRET must be/)
    const stripe = parseServerEnv({
      PAYMENT_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: 'sk_test_abc',
      STRIPE_WEBHOOK_SECRET: 'whsec_abc',
      STRIPE_PRICE_MONTHLY: 'price_m',
      STRIPE_PRICE_ANNUAL: 'price_a',
    })
    expect(stripe.PAYMENT_PROVIDER).toBe('stripe')
  })
})

describe('email settings', () => {
  it('write emails to the server log when no SMTP server is named, so a demo runs with nothing set', () => {
    const env = parseServerEnv({ SMTP_HOST: '' })
    expect(env.EMAIL).toEqual({ smtp: null, from: { address: 'newsroom@localhost', name: 'The Newsroom' } })
  })

  it('send through the SMTP server named, with STARTTLS on the submission port unless told otherwise', () => {
    const env = parseServerEnv({ SMTP_HOST: 'smtp.example.org', SMTP_USER: 'newsroom', SMTP_PASS: 'secret', EMAIL_FROM: 'news@example.org' })
    expect(env.EMAIL).toEqual({
      smtp: { host: 'smtp.example.org', port: 587, secure: false, auth: { user: 'newsroom', pass: 'secret' } },
      from: { address: 'news@example.org', name: 'The Newsroom' },
    })
    expect(parseServerEnv({ SMTP_HOST: 'smtp.example.org', SMTP_PORT: '465', EMAIL_FROM: 'news@example.org' }).EMAIL.smtp).toMatchObject({ port: 465, secure: true })
    expect(parseServerEnv({ SMTP_HOST: 'mail', SMTP_PORT: '2525', SMTP_SECURE: 'true', EMAIL_FROM: 'a@b.example', EMAIL_FROM_NAME: 'Desk' }).EMAIL).toEqual({
      smtp: { host: 'mail', port: 2525, secure: true, auth: undefined },
      from: { address: 'a@b.example', name: 'Desk' },
    })
  })

  it.each([
    [{ SMTP_HOST: 'smtp.example.org' }, /EMAIL_FROM is required with SMTP_HOST/],
    [{ SMTP_HOST: 'smtp.example.org', EMAIL_FROM: 'news@example.org', SMTP_USER: 'newsroom' }, /SMTP_PASS SMTP_USER and SMTP_PASS go together/],
    [{ SMTP_PORT: '25' }, /SMTP_PORT has no effect without SMTP_HOST/],
    [{ SMTP_HOST: 'smtp.example.org', EMAIL_FROM: 'not an address' }, /EMAIL_FROM must be an email address/],
    [{ SMTP_HOST: 'smtp://example.org', EMAIL_FROM: 'news@example.org' }, /SMTP_HOST must be a host name/],
    [{ SMTP_HOST: 'smtp.example.org', EMAIL_FROM: 'news@example.org', SMTP_PORT: '70000' }, /SMTP_PORT/],
    [{ SMTP_HOST: 'smtp.example.org', EMAIL_FROM: 'news@example.org', SMTP_SECURE: 'yes' }, /SMTP_SECURE must be true or false/],
  ])('refuse an incomplete or malformed setting, naming it (%o)', (settings, message) => {
    expect(() => parseServerEnv(settings)).toThrowError(message)
  })
})

describe('settings for several instances', () => {
  it('take a Redis URL, plain or over TLS, and refuse anything else with a clear message', () => {
    expect(parseServerEnv({}).REDIS_URL).toBeUndefined()
    expect(parseServerEnv({ REDIS_URL: '' }).REDIS_URL).toBeUndefined()
    expect(parseServerEnv({ REDIS_URL: 'redis://redis:6379' }).REDIS_URL).toBe('redis://redis:6379')
    expect(parseServerEnv({ REDIS_URL: 'rediss://user:pass@cache.example:6380/0' }).REDIS_URL).toBe('rediss://user:pass@cache.example:6380/0')
    expect(() => parseServerEnv({ REDIS_URL: 'redis:6379' })).toThrowError(/REDIS_URL must be a Redis URL, like redis:\/\/redis:6379/)
    expect(() => parseServerEnv({ REDIS_URL: 'http://redis:6379' })).toThrowError(/REDIS_URL must be a Redis URL/)
  })

  it('take a server actions key only of a length AES accepts', () => {
    const key = Buffer.alloc(32, 7).toString('base64')
    expect(parseServerEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(key)
    expect(parseServerEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: '' }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBeUndefined()
    expect(() => parseServerEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20).toString('base64') })).toThrowError(
      /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of a 16, 24 or 32-byte key/,
    )
    expect(() => parseServerEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'not base64!' })).toThrowError(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/)
  })
})

describe('media storage settings', () => {
  it('keep images on disk when no bucket is named (empty values count as unset)', () => {
    expect(parseServerEnv({ S3_BUCKET: '', S3_REGION: '' }).S3).toBeNull()
  })

  it('send images to the bucket named, with credentials when both halves are given', () => {
    expect(parseServerEnv({ S3_BUCKET: 'newsroom-media', S3_REGION: 'eu-west-1' }).S3).toEqual({
      bucket: 'newsroom-media',
      region: 'eu-west-1',
      endpoint: undefined,
      credentials: undefined,
      forcePathStyle: false,
      prefix: '',
    })
    const compatible = parseServerEnv({
      S3_BUCKET: 'media',
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: 'http://127.0.0.1:9000/',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: 'site/media',
    })
    expect(compatible.S3).toEqual({
      bucket: 'media',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      forcePathStyle: true,
      prefix: 'site/media',
    })
  })

  it.each([
    [{ S3_BUCKET: 'newsroom-media' }, /S3_REGION is required with S3_BUCKET/],
    [{ S3_BUCKET: 'Newsroom_Media', S3_REGION: 'eu-west-1' }, /S3_BUCKET must be a bucket name/],
    [{ S3_BUCKET: 'media', S3_REGION: 'eu-west-1', S3_ACCESS_KEY_ID: 'key' }, /S3_SECRET_ACCESS_KEY S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/],
    [{ S3_BUCKET: 'media', S3_REGION: 'eu-west-1', S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT must be an http:\/\/ or https:\/\/ address/],
    [{ S3_BUCKET: 'media', S3_REGION: 'eu-west-1', S3_FORCE_PATH_STYLE: 'yes' }, /S3_FORCE_PATH_STYLE must be true or false/],
    [{ S3_BUCKET: 'media', S3_REGION: 'eu-west-1', S3_PREFIX: '/media/' }, /S3_PREFIX must be a folder of the bucket/],
    [{ S3_BUCKET: 'media', S3_REGION: 'eu-west-1', S3_PREFIX: 'media/../other' }, /S3_PREFIX must be a folder of the bucket/],
    [{ S3_REGION: 'eu-west-1' }, /S3_REGION has no effect without S3_BUCKET/],
    [{ S3_ENDPOINT: 'https://s3.example.org' }, /S3_ENDPOINT has no effect without S3_BUCKET/],
  ])('refuse an incomplete or malformed setting, naming it (%o)', (settings, message) => {
    expect(() => parseServerEnv(settings)).toThrowError(message)
  })
})

describe('database selection', () => {
  it.each([
    ['mongodb://localhost:27017/newsroom', 'mongodb'],
    ['mongodb+srv://cluster.example/newsroom', 'mongodb'],
    ['file:./data/newsroom.db', 'sqlite'],
    ['postgres://localhost/newsroom', null],
    ['', null],
  ])('%s → %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind)
  })
})

describe('slugs', () => {
  it('folds accents, typographic apostrophes and punctuation', () => {
    expect(slugify('Bolivia’s interest in Iranian drones: U.S. and Andrés')).toBe('bolivias-interest-in-iranian-drones-u-s-and-andres')
  })

  it('accepts what slugify makes and nothing else', () => {
    expect(isWellFormedSlug(slugify('A headline, with punctuation!'))).toBe(true)
    for (const bad of ['', 'Upper', 'two--hyphens', '-leading', 'trailing-', 'spa ce', 'a'.repeat(97)]) {
      expect(isWellFormedSlug(bad), bad).toBe(false)
    }
  })
})
