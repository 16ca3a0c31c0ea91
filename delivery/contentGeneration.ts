import { processWide } from '@/lib/processWide.mjs'

/**
 * A counter that moves whenever reader-visible content changes (delivery/purge.ts).
 * The proxy keys its in-memory caches on it, so a publish reaches the next page view.
 *
 * While a change is being saved there is no generation to trust: a page loaded then may show
 * the content from before it (the change is committed only when its request answers), so
 * nothing loaded meanwhile is kept, and no copy kept before it is served as current.
 *
 * Each change says which stories it was about (their slugs), or that it may touch everything
 * (a person, a quote, the settings): an older copy of a page may stand in for a slow fresh one
 * only when no change since that copy was about its story (delivery/proxyHandler.ts).
 *
 * Process-wide (lib/processWide.mjs): the proxy and the app, bundled apart, share it.
 */

/** Changes remembered for `changedSince`; a copy older than all of them counts as changed. */
const REMEMBERED_CHANGES = 200

type Change = { generation: number; stories: ReadonlySet<string> | null }
/** What other instances hear of a change made here (delivery/clusterSignals.ts): it began, then it was saved. */
export type ContentChangeEvent = { phase: 'begin'; id: number; stories: readonly string[] | null } | { phase: 'settle'; id: number }
type GenerationState = { generation: number; changesInFlight: number; changes: Change[]; listeners: Set<(event: ContentChangeEvent) => void> }

function state(): GenerationState {
  return processWide<GenerationState>('contentGeneration', () => ({ generation: 0, changesInFlight: 0, changes: [], listeners: new Set() }))
}

/** The current generation; null while a change is being saved. */
export function contentGeneration(): number | null {
  const { generation, changesInFlight } = state()
  return changesInFlight > 0 ? null : generation
}

/**
 * A change starts: every copy kept so far is old. `stories`: the slugs of the stories it is
 * about, or null when it may touch any page. Call what this returns once it is saved (again is harmless).
 * `fromElsewhere`: another instance made the change (it is not passed on again).
 */
export function beginContentChange(stories: readonly string[] | null = null, { fromElsewhere = false } = {}): () => void {
  const current = state()
  current.generation += 1
  const id = current.generation
  const tell = (event: ContentChangeEvent) => {
    if (!fromElsewhere) for (const listener of current.listeners) listener(event)
  }
  tell({ phase: 'begin', id, stories })
  current.changesInFlight += 1
  current.changes.push({ generation: current.generation, stories: stories ? new Set(stories) : null })
  if (current.changes.length > REMEMBERED_CHANGES) current.changes.shift()
  let settled = false
  return () => {
    if (settled) return
    settled = true
    current.changesInFlight -= 1
    // Copies loaded during the change may predate it: a new generation leaves them behind.
    current.generation += 1
    tell({ phase: 'settle', id })
  }
}

/** Someone else to tell of each change made here (the other instances of a cluster). */
export function onContentChange(listener: (event: ContentChangeEvent) => void): () => void {
  state().listeners.add(listener)
  return () => state().listeners.delete(listener)
}

/** The stories changed since a copy of `generation` was kept; 'everything' when a change may have touched any page. */
export function changedSince(generation: number): ReadonlySet<string> | 'everything' {
  const { changes } = state()
  if (changes.length === REMEMBERED_CHANGES && changes[0].generation > generation) return 'everything'
  const stories = new Set<string>()
  for (const change of changes) {
    if (change.generation <= generation) continue
    if (change.stories === null) return 'everything'
    for (const story of change.stories) stories.add(story)
  }
  return stories
}
