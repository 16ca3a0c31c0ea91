import { docAccessOperation, Forbidden, type CollectionBeforeDeleteHook, type SanitizedConfig } from 'payload'

/**
 * Payload's "cancel scheduled publish" deletes the job with access overridden, for anyone who can
 * open the admin: a contributor could cancel an editor's embargo. Only who may publish the story may.
 */
const onlyWhoMayPublish: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // The job runner (no user) deletes the jobs it finished.
  if (req.user?.collection !== 'users') return
  const job = await req.payload.findByID({ collection: 'payload-jobs', id, depth: 0, overrideAccess: true, req }).catch(() => null)
  if (job?.taskSlug !== 'schedulePublish') return
  const target = (job.input as { doc?: { relationTo?: string; value?: string | number } } | null)?.doc
  const collection = target?.relationTo ? req.payload.collections[target.relationTo as 'articles'] : undefined
  // A scheduled change to a global (the settings): only those who may change it, admins, reach its button.
  if (!collection || target?.value === undefined) return
  const { update } = await docAccessOperation({ id: target.value, collection, data: { _status: 'published' }, req })
  if (!update) throw new Forbidden(req.t)
}

/** Set on the built config, as staffOnlyLocks.ts does: the jobs collection exists only after it is built. */
export function guardScheduledPublishCancellation(config: SanitizedConfig): SanitizedConfig {
  const jobs = config.collections.find((collection) => collection.slug === 'payload-jobs')
  if (jobs) jobs.hooks.beforeDelete = [...(jobs.hooks.beforeDelete ?? []), onlyWhoMayPublish]
  return config
}
