import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { buildStatus, sourceState, stampBuild } from '../../../scripts/build.mjs'

// A scratch checkout shaped like the project: what counts as a source is what git lists.
let root: string
const write = (file: string, contents: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), contents)
}
const built = () => {
  write('dist/server.mjs', '// the server bundle')
  stampBuild(sourceState(root, {}), root)
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-build-stamp-'))
  spawnSync('git', ['init', '-q'], { cwd: root })
  write('.gitignore', '/dist/\n/.next/\n/.tmp/\n.env\n')
  write('app/page.tsx', 'export default function Page() {}')
  write('tests/page.test.ts', '// a test')
  fs.mkdirSync(path.join(root, '.next'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

describe('whether the production build is current', () => {
  it('is not, before any build', () => {
    expect(buildStatus(root, {})).toEqual({ current: false, reason: 'no build yet' })
  })

  it('is, after a build, whatever folders appear beside it (dist/, .tmp/) or whatever their mtimes', () => {
    built()
    fs.mkdirSync(path.join(root, '.tmp'))
    fs.utimesSync(path.join(root, 'app'), new Date(), new Date(Date.now() + 60_000))
    expect(buildStatus(root, {}).current).toBe(true)
  })

  it('is not once a source changes, and names the file', () => {
    built()
    write('app/page.tsx', 'export default function Page() { return null }')
    expect(buildStatus(root, {})).toEqual({ current: false, reason: '1 source file(s) changed since the last build: app/page.tsx' })
  })

  it('is not once a source is added or deleted', () => {
    built()
    write('app/new.tsx', '')
    expect(buildStatus(root, {}).current).toBe(false)
    fs.rmSync(path.join(root, 'app/new.tsx'))
    expect(buildStatus(root, {}).current).toBe(true)
    fs.rmSync(path.join(root, 'app/page.tsx'))
    expect(buildStatus(root, {}).reason).toMatch(/app\/page\.tsx/)
  })

  it('stays current when only tests, docs or ignored files change', () => {
    built()
    write('tests/page.test.ts', '// another test')
    write('README.md', '# changed')
    write('.env', 'SMTP_HOST=mail.example')
    expect(buildStatus(root, {}).current).toBe(true)
  })

  it('is not when a setting the build bakes in changes, in the environment or in .env', () => {
    built()
    expect(buildStatus(root, { SITE_URL: 'https://news.example' }).current).toBe(false)
    write('.env', 'SITE_URL=https://news.example\n')
    expect(buildStatus(root, {}).reason).toMatch(/a build setting changed/)
  })
})
