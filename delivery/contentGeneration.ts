import { processWide } from '@/lib/processWide.mjs'

/**
 * A counter that moves whenever reader-visible content changes, so a publish reaches the next
 * page view: the proxy keys its in-memory caches on it.
 * While a change is being saved there is no generation to trust: its commit lands only when its
 * request answers, so nothing loaded meanwhile is kept and no older copy counts as current.
 */

const REMEMBERED_CHANGES = 200

type Change = { generation: number; stories: ReadonlySet<string> | null }
// Told to the other instances (delivery/clusterSignals.ts).
export type ContentChangeEvent = { phase: 'begin'; id: number; stories: readonly string[] | null } | { phase: 'settle'; id: number }
type GenerationState = { generation: number; changesInFlight: number; changes: Change[]; listeners: Set<(event: ContentChangeEvent) => void> }

function state(): GenerationState {
  return processWide<GenerationState>('contentGeneration', () => ({ generation: 0, changesInFlight: 0, changes: [], listeners: new Set() }))
}

export function contentGeneration(): number | null {
  const { generation, changesInFlight } = state()
  return changesInFlight > 0 ? null : generation
}

/**
 * `stories`: the slugs the change is about, or null when it may touch any page; an older copy
 * may stand in for a slow page only when no change since was about its story.
 * Call what this returns once the change is saved. `fromElsewhere`: not passed on again.
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

export function onContentChange(listener: (event: ContentChangeEvent) => void): () => void {
  state().listeners.add(listener)
  return () => state().listeners.delete(listener)
}

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
