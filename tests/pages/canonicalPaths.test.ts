import { describe, expect, inject, it } from 'vitest'

import { BAD_ADDRESS_HEADING } from '@/delivery/plainPages'

import { sendAsWritten } from '../support/rawRequest'

const STORY = '/articles/bolivia-iranian-drones-concerns'
const get = (path: string, headers: Record<string, string> = {}) => sendAsWritten(inject('baseURL'), { method: 'GET', path, headers })

describe('a page asked for under another spelling of its path', () => {
  it.each([
    ['/articles/./bolivia-iranian-drones-concerns', STORY],
    ['/articles/%62olivia-iranian-drones-concerns', STORY],
    ['//articles//bolivia-iranian-drones-concerns/', STORY],
    ['/people/../articles/bolivia-iranian-drones-concerns', STORY],
    ['/articles/bolivia-iranian-drones-concerns;jsessionid=1?utm_source=x', `${STORY}?utm_source=x`],
    ['/%2e%2e/search?q=drones', '/search?q=drones'],
  ])('%s is sent to its one address, %s, with nothing counted or rendered', async (path, location) => {
    const answer = await get(path)
    expect(answer.status).toBe(308)
    expect(answer.headers.location).toBe(location)
    expect(answer.headers['set-cookie']).toBeUndefined()
    expect(answer.body).toBe('')
  })

  it.each(['/articles/bolivia%2Firanian', '/login%5C..', '/search%00', '/people/%zz'])('%s, which layers read differently, is a 400 page', async (path) => {
    const answer = await get(path)
    expect(answer.status).toBe(400)
    expect(answer.body).toContain(`<h1>${BAD_ADDRESS_HEADING}</h1>`)
  })

  it.each(['/Internal/home/full', '/INTERNAL/articles/bolivia-iranian-drones-concerns/full', '/internal/./purge', '/x/..%2finternal/purge'])(
    'never reaches an internal route: %s',
    async (path) => {
      const answer = await get(path)
      if (answer.status === 308) expect((await get(answer.headers.location!)).status).toBe(404)
      else expect([400, 404]).toContain(answer.status)
      expect(answer.body).not.toContain('Iranian drones')
    },
  )
})
