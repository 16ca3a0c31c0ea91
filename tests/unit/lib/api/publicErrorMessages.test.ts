import type { AfterErrorHook } from 'payload'
import { describe, expect, it } from 'vitest'

import { publicErrorMessages } from '@/lib/api/publicErrorMessages'

type Args = Parameters<AfterErrorHook>[0]
const unknown = { errors: [{ message: 'An unknown error occurred.' }] }
const answer = (error: object, result: object | undefined = unknown) => publicErrorMessages({ error, result } as unknown as Args)

describe("a public error of our own hooks, through Payload's REST handler", () => {
  it('keeps its message and status, where the handler could not recognise it', () => {
    const error = Object.assign(new Error('Ask for a reset link on the /forgot-password page.'), { status: 403, isPublic: true })
    expect(answer(error)).toEqual({ response: { errors: [{ message: 'Ask for a reset link on the /forgot-password page.' }] }, status: 403 })
  })

  it('leaves alone server errors, errors not meant for the public, answers the handler understood, and GraphQL', () => {
    expect(answer(Object.assign(new Error('database password is x'), { status: 500, isPublic: true }))).toBeUndefined()
    expect(answer(Object.assign(new Error('internal detail'), { status: 403 }))).toBeUndefined()
    expect(
      answer(Object.assign(new Error('x'), { status: 403, isPublic: true }), { errors: [{ message: 'You are not allowed to perform this action.' }] }),
    ).toBeUndefined()
    expect(answer(Object.assign(new Error('x'), { status: 403, isPublic: true }), null as never)).toBeUndefined()
  })
})
