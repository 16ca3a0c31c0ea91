import { describe, expect, it } from 'vitest'

import { canonicalPath, resolvedPath, ruleKeyOfPath } from '@/lib/http/canonicalPath'

/** Every spelling an attacker tried of a limited path, and the ones that follow from the same rules. */
const SPELLINGS_OF_LOGIN = [
  '/api/users/./login',
  '/api/users/.%2e/users/login',
  '/api/x/../users/login',
  '/api/users/%2e/login',
  '/api/users/%2E/login',
  '/api/users/%6Cogin',
  '/api/%75sers/login',
  '//api/users/login',
  '/api//users///login',
  '/api/users/login/',
  '/api/users/login;jsessionid=1',
  '/api/users;x/login',
  '/api\\users\\login',
  '/../api/users/login',
  '/./api/users/login/.',
]

describe('the canonical path of a request', () => {
  it('is the path itself when it is already in its one spelling', () => {
    for (const path of ['/', '/api/users/login', '/articles/bolivia-drones', '/api/media/file/Photo%20One.JPG']) {
      expect(canonicalPath(path)).toEqual({ kind: 'canonical', path })
    }
  })

  it('resolves dot segments, escaped dots and letters, repeated and trailing slashes, backslashes and ;parameters', () => {
    for (const spelling of SPELLINGS_OF_LOGIN) expect(canonicalPath(spelling), spelling).toEqual({ kind: 'respelled', path: '/api/users/login' })
  })

  it('never climbs above the root', () => {
    expect(canonicalPath('/../../etc/passwd')).toEqual({ kind: 'respelled', path: '/etc/passwd' })
    expect(canonicalPath('/..')).toEqual({ kind: 'respelled', path: '/' })
  })

  it('keeps escapes of characters that are not unreserved, in one case of hex', () => {
    expect(canonicalPath('/people/jos%c3%a9')).toEqual({ kind: 'respelled', path: '/people/jos%C3%A9' })
    expect(canonicalPath('/search%3Fq')).toEqual({ kind: 'canonical', path: '/search%3Fq' })
  })

  it('refuses what one layer would read as a separator and another as a character, and broken escapes', () => {
    expect(canonicalPath('/api/users%2flogin')).toEqual({ kind: 'refused', reason: 'escaped separator' })
    expect(canonicalPath('/api/users%5Clogin')).toEqual({ kind: 'refused', reason: 'escaped separator' })
    expect(canonicalPath('/login%00')).toEqual({ kind: 'refused', reason: 'escaped separator' })
    expect(canonicalPath('/login%')).toEqual({ kind: 'refused', reason: 'malformed escape' })
    expect(canonicalPath('/login%zz')).toEqual({ kind: 'refused', reason: 'malformed escape' })
    expect(canonicalPath('/log\tin')).toEqual({ kind: 'refused', reason: 'control character' })
  })

  it('is matched by the rules whatever the case of its letters', () => {
    expect(ruleKeyOfPath('/API/Readers/LOGIN')).toBe('/api/readers/login')
  })
})

describe('the shortcut for plain paths', () => {
  // Every path of up to four segments over pieces that matter to the rule.
  const PIECES = ['', 'a', 'A', '.', '..', '...', '.a', '..a', 'a.', '%2e', ';x', 'a;', '\\', '~', '-', '%41', '%2f']
  const paths = function* (depth: number, prefix = ''): Generator<string> {
    if (prefix) yield prefix
    if (depth === 0) return
    for (const piece of PIECES) yield* paths(depth - 1, `${prefix}/${piece}`)
  }

  it('answers every path as the full rule does', () => {
    let compared = 0
    for (const path of paths(4)) {
      expect(canonicalPath(path), path).toEqual(resolvedPath(path))
      compared += 1
    }
    expect(compared).toBeGreaterThan(80_000)
  })
})
