import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '@/collections/access/staff'
import { readBodyUpTo } from '@/lib/http/requestBody'

import { acceptedImportSchema, createImportedDraft, describeImportProblem, knownEntities } from './importDraft'
import { proposeImport } from './importer'

// Staff only; every answer a clear message, never a stack trace.
export const IMPORT_STORY_API = '/import-story'

// Far above the importer's own limit: refused before it is read.
const MAX_REQUEST_BYTES = 1_000_000

const refuse = (status: number, error: string) => Response.json({ error }, { status })

async function staffRequestBody(req: PayloadRequest): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  if (!isStaffUser(req.user)) return { ok: false, response: refuse(req.user ? 403 : 401, 'Sign in to the newsroom admin to import a story.') }
  const body = await readBodyUpTo(req as unknown as Request, MAX_REQUEST_BYTES)
  if (body === null) return { ok: false, response: refuse(413, 'That paste is far too long for a story (over 1 MB). Paste one story at a time.') }
  try {
    return { ok: true, value: JSON.parse(body) }
  } catch {
    return { ok: false, response: refuse(400, 'The request is not JSON.') }
  }
}

export const importStoryEndpoints: Endpoint[] = [
  {
    path: `${IMPORT_STORY_API}/proposal`,
    method: 'post',
    handler: async (req) => {
      const body = await staffRequestBody(req)
      if (!body.ok) return body.response
      const text = (body.value as { text?: unknown } | null)?.text
      if (typeof text !== 'string') return refuse(400, 'Send the pasted story as "text".')
      const result = proposeImport(text, await knownEntities(req.payload))
      return result.ok ? Response.json({ proposal: result.proposal }) : refuse(400, result.error)
    },
  },
  {
    path: `${IMPORT_STORY_API}/draft`,
    method: 'post',
    handler: async (req) => {
      const body = await staffRequestBody(req)
      if (!body.ok) return body.response
      const accepted = acceptedImportSchema.safeParse(body.value)
      if (!accepted.success) return refuse(400, `The draft could not be made: ${describeImportProblem(accepted.error)}.`)
      try {
        return Response.json(await createImportedDraft(req.payload, accepted.data, req.user), { status: 201 })
      } catch (error) {
        const status = (error as { status?: number }).status
        if (status === 403) return refuse(403, 'Your role may not add everything this import needs (see the roles in the staff settings).')
        if (status === 400) return refuse(400, `The draft could not be made: ${(error as Error).message}`)
        throw error
      }
    },
  },
]
