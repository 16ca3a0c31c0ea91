// Creates .env for a local install on first run: a random PAYLOAD_SECRET and demo mode on.
// An existing .env is never touched, so a configured install keeps its secret.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const target = new URL('../.env', import.meta.url)
if (existsSync(target)) {
  console.log('.env exists: keeping it.')
} else {
  const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8')
  const env = example
    .replace(/^PAYLOAD_SECRET=.*$/m, `PAYLOAD_SECRET=${randomBytes(32).toString('hex')}`)
    .replace(/^NEWSROOM_DEMO=.*$/m, 'NEWSROOM_DEMO=true')
  writeFileSync(target, env, { mode: 0o600 })
  console.log('Created .env with a fresh PAYLOAD_SECRET and demo mode on (embedded SQLite database).')
}
