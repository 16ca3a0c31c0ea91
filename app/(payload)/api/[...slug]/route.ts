import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { STAFF_COLLECTION } from '@/collections/slugs'

import { databaseKindOf } from '@/lib/platform/database'
import { isReadableForm } from '@/lib/http/requestBody'
import { queryableFields } from '@/lib/api/queryableFields'
import { anonymousCapProblem, restRequestProblem } from '@/lib/api/restRequest'
import { withoutSessions } from '@/lib/api/withoutSessions'

import { answeringOutages } from '../databaseHealth'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

// Requests Payload would answer with a 500 get a 400 or 404 that says why (lib/api/restRequest.ts).
const database = config.then(databaseKindOf)
const documentCollections = config.then(
  (built) =>
    new Map(
      built.collections
        .filter((collection) => !collection.slug.startsWith('payload-'))
        .map((collection) => [collection.slug, queryableFields(collection.flattenedFields)]),
    ),
)

// Payload answers its bookkeeping collections (payload-migrations) with 501; they are a 404.
const closedCollections = config.then(
  (built) => new Set<string>(built.collections.filter((collection) => collection.endpoints === false).map((collection) => collection.slug)),
)

// A `/versions` of something unversioned makes Payload look for a missing table, and 500.
const unversioned = config.then(
  (built) =>
    new Set<string>([
      ...built.collections.filter((collection) => !collection.versions).map((collection) => collection.slug),
      ...built.globals.filter((global) => !global.versions).map((global) => `globals/${global.slug}`),
    ]),
)
const isVersionsOfUnversioned = async (slug: string[]): Promise<boolean> =>
  slug[0] === 'globals' ? slug[2] === 'versions' && (await unversioned).has(`globals/${slug[1]}`) : slug[1] === 'versions' && (await unversioned).has(slug[0])

const accountCollections = config.then(
  (built) => new Set<string>(built.collections.filter((collection) => collection.auth).map((collection) => collection.slug)),
)

async function withoutAccountSessions(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('application/json')) return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(withoutSessions(await response.json())), { status: response.status, statusText: response.statusText, headers })
}

// No task has a `schedule`, so this endpoint of Payload's has nothing to handle, and answers 500.
const isHandleSchedules = (slug: string[]) => slug[0] === 'payload-jobs' && slug[1] === 'handle-schedules'

async function signedInAs(request: Request): Promise<string | null> {
  const { user } = await (await getPayload({ config })).auth({ headers: request.headers })
  return user?.collection ?? null
}

// Payload lets any signed-in account keep admin preferences, readers included.
const PREFERENCES = 'payload-preferences'

const judged =
  (handler: Handler): Handler =>
  async (request, context) => {
    const { slug } = await context.params
    if ((await closedCollections).has(slug[0]) || isHandleSchedules(slug) || (await isVersionsOfUnversioned(slug)))
      return Response.json({ errors: [{ message: 'There is no such API route.' }] }, { status: 404 })
    if (slug[0] === PREFERENCES && (await signedInAs(request)) !== STAFF_COLLECTION) {
      return Response.json({ errors: [{ message: 'Admin preferences are kept for newsroom staff only.' }] }, { status: 403 })
    }
    const { search } = new URL(request.url)
    const problem =
      restRequestProblem(request.method, slug, search, await documentCollections, await database) ??
      ((await isReadableForm(request)) ? null : { status: 400, message: 'The form data is cut short or has no boundary: send it whole.' })
    if (problem) return Response.json({ errors: [{ message: problem.message }] }, { status: problem.status })
    return answeringOutages(async () => {
      // Asking who is calling costs a lookup: only when the request asks more than anonymous callers may.
      const capProblem = anonymousCapProblem(search)
      if (capProblem && (await signedInAs(request)) === null) return Response.json({ errors: [{ message: capProblem }] }, { status: 403 })
      const response = await handler(request, context)
      return (await accountCollections).has(slug[0]) ? withoutAccountSessions(response) : response
    })
  }

export const GET = judged(REST_GET(config))
export const POST = judged(REST_POST(config))
export const DELETE = judged(REST_DELETE(config))
export const PATCH = judged(REST_PATCH(config))
export const PUT = judged(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
