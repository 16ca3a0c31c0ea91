import config from '@payload-config'
import { getPayload } from 'payload'

import { contentGeneration } from '@/delivery/contentGeneration'
import { processWide } from '@/lib/processWide.mjs'

import { indexedEntriesOf, type RankedIndexes, rankedIndexesOf } from './rankedIndex'
import { SEARCH_INDEX } from './searchIndex'

/**
 * One ranked index per process, tagged with the content generation it was read at: a publish moves
 * every instance's generation (delivery/clusterSignals.ts), so the next search there reads it again.
 */
type Built = { generation: number | null; indexes: Promise<RankedIndexes> }
// `waiting`: a read queued behind the one running, not started yet; `tail`: the last one queued.
type LiveIndex = { kept: Built | null; waiting: Built | null; tail: Promise<unknown> }

const live = () => processWide<LiveIndex>('searchIndex', () => ({ kept: null, waiting: null, tail: Promise.resolve() }))

export function currentIndexes(): Promise<RankedIndexes> {
  // Scripts and tests run outside Next, where no change moves the generation: read each time.
  if (!process.env.NEXT_RUNTIME) return loadIndexes()
  const state = live()
  const generation = contentGeneration()
  if (generation !== null && state.kept?.generation === generation) return state.kept.indexes
  return rebuild(state, generation).indexes
}

/**
 * One read at a time, and a search joins only a read that starts after it came: one started
 * earlier may predate the change it must see. While a change is saved (null) nothing is kept.
 */
function rebuild(state: LiveIndex, generation: number | null): Built {
  if (state.waiting && state.waiting.generation === generation) return state.waiting
  const built: Built = {
    generation,
    indexes: state.tail
      .catch(() => null)
      .then(() => {
        if (state.waiting === built) state.waiting = null
        return loadIndexes()
      }),
  }
  state.waiting = built
  state.tail = built.indexes
  if (generation !== null) state.kept = built
  built.indexes.catch(() => {
    if (state.kept === built) state.kept = null
  })
  return built
}

export async function loadIndexes(): Promise<RankedIndexes> {
  const payload = await getPayload({ config })
  // The index is staff-only, as it holds every quote's words; only a story's text is kept from it.
  const { docs } = await payload.find({
    collection: SEARCH_INDEX,
    overrideAccess: true,
    select: { doc: true, text: true, terms: true },
    sort: '-updatedAt',
    depth: 0,
    pagination: false,
  })
  return rankedIndexesOf(indexedEntriesOf(docs))
}
