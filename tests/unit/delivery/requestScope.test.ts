import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from 'vitest'

import { isAnsweringRequest, whileAnswering } from '@/delivery/requestScope'

describe('whether code runs while the server answers a request', () => {
  it('is so inside the answer, and no longer in a timer that outlives the response', async () => {
    const seen: Record<string, boolean> = {}
    let outlived!: Promise<void>
    const server = createServer((request, response) =>
      whileAnswering(response, async () => {
        await new Promise((resolve) => setImmediate(resolve))
        seen.answering = isAnsweringRequest()
        outlived = new Promise((resolve) =>
          setTimeout(() => {
            seen.afterResponse = isAnsweringRequest()
            resolve()
          }, 50),
        )
        response.end('ok')
      }),
    ).listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))

    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    expect(await response.text()).toBe('ok')
    await outlived
    server.close()

    expect(seen).toEqual({ answering: true, afterResponse: false })
    expect(isAnsweringRequest()).toBe(false)
  })
})
