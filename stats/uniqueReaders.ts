import { createHmac } from 'node:crypto'

/**
 * A HyperLogLog (HLL++'s two forms): readers are counted by a hash of who they are, and only
 * buckets and ranks are kept, never the hash. Sparse while small, 2^25 buckets, so a story's day
 * is counted all but exactly; dense past SPARSE_LIMIT, 2^14 registers, about 1 % off.
 */
const SPARSE_BITS = 25
const DENSE_BITS = 14
const DENSE_REGISTERS = 1 << DENSE_BITS
const SPARSE_LIMIT = 4_096

const rankOf = (rest: number, restBits: number, low: number): number =>
  rest !== 0 ? Math.clz32(rest) - (32 - restBits) + 1 : restBits + Math.min(Math.clz32(low), 31) + 1

export class UniqueSketch {
  private sparse: Map<number, number> | null = new Map()
  private dense: Uint8Array | null = null

  /** `high`, `low`: the first 64 bits of a uniformly spread hash. */
  add(high: number, low: number): void {
    if (this.sparse) {
      const bucket = high >>> (32 - SPARSE_BITS)
      const rank = rankOf(high & ((1 << (32 - SPARSE_BITS)) - 1), 32 - SPARSE_BITS, low)
      if (rank > (this.sparse.get(bucket) ?? 0)) this.sparse.set(bucket, rank)
      if (this.sparse.size > SPARSE_LIMIT) this.toDense()
      return
    }
    const index = high >>> (32 - DENSE_BITS)
    const rank = rankOf(high & ((1 << (32 - DENSE_BITS)) - 1), 32 - DENSE_BITS, low)
    if (rank > this.dense![index]) this.dense![index] = rank
  }

  merge(other: UniqueSketch): void {
    if (this.sparse && other.sparse) {
      for (const [bucket, rank] of other.sparse) if (rank > (this.sparse.get(bucket) ?? 0)) this.sparse.set(bucket, rank)
      if (this.sparse.size > SPARSE_LIMIT) this.toDense()
      return
    }
    const registers = this.toDense()
    const theirs = other.sparse ? denseOf(other.sparse) : other.dense!
    for (let index = 0; index < DENSE_REGISTERS; index++) if (theirs[index] > registers[index]) registers[index] = theirs[index]
  }

  estimate(): number {
    if (this.sparse) return linearCount(2 ** SPARSE_BITS, 2 ** SPARSE_BITS - this.sparse.size)
    let sum = 0
    let zeros = 0
    for (const register of this.dense!) {
      sum += 2 ** -register
      if (register === 0) zeros++
    }
    const raw = ((0.7213 / (1 + 1.079 / DENSE_REGISTERS)) * DENSE_REGISTERS * DENSE_REGISTERS) / sum
    // Linear counting where HyperLogLog is biased: the smaller sets.
    return raw <= 2.5 * DENSE_REGISTERS && zeros > 0 ? linearCount(DENSE_REGISTERS, zeros) : Math.round(raw)
  }

  isEmpty(): boolean {
    return this.sparse ? this.sparse.size === 0 : this.dense!.every((register) => register === 0)
  }

  /** `s` and four bytes per bucket (its number and rank), or `d` and every register; base64. */
  encode(): string {
    if (!this.sparse) return `d${Buffer.from(this.dense!).toString('base64')}`
    const bytes = Buffer.alloc(this.sparse.size * 4)
    let offset = 0
    for (const [bucket, rank] of this.sparse) offset = bytes.writeUInt32BE(((bucket << 6) | rank) >>> 0, offset)
    return `s${bytes.toString('base64')}`
  }

  static decode(text: string): UniqueSketch {
    const sketch = new UniqueSketch()
    const bytes = Buffer.from(text.slice(1), 'base64')
    if (text.startsWith('d') && bytes.length === DENSE_REGISTERS) {
      sketch.sparse = null
      sketch.dense = new Uint8Array(bytes)
    } else if (text.startsWith('s')) {
      for (let offset = 0; offset + 3 < bytes.length; offset += 4) {
        const entry = bytes.readUInt32BE(offset)
        sketch.sparse!.set(entry >>> 6, entry & 0x3f)
      }
      if (sketch.sparse!.size > SPARSE_LIMIT) sketch.toDense()
    }
    return sketch
  }

  private toDense(): Uint8Array {
    if (this.sparse) {
      this.dense = denseOf(this.sparse)
      this.sparse = null
    }
    return this.dense!
  }
}

const linearCount = (buckets: number, empty: number): number => Math.round(buckets * Math.log(buckets / empty))

// A sparse bucket's low bits are the start of the dense rank's bits.
function denseOf(sparse: Map<number, number>): Uint8Array {
  const dropped = SPARSE_BITS - DENSE_BITS
  const registers = new Uint8Array(DENSE_REGISTERS)
  for (const [bucket, sparseRank] of sparse) {
    const index = bucket >>> dropped
    const bits = bucket & ((1 << dropped) - 1)
    const rank = bits !== 0 ? Math.clz32(bits) - (32 - dropped) + 1 : dropped + sparseRank
    if (rank > registers[index]) registers[index] = rank
  }
  return registers
}

/**
 * The day's salt is derived from the site's secret, so every instance salts alike and one reader
 * on two instances is one reader; a new day, a new salt, and yesterday's hashes match nothing.
 */
export const dailySalt = (secret: string, day: string): Buffer => createHmac('sha256', secret).update(`newsroom-numbers:${day}`).digest()

export function addReader(sketch: UniqueSketch, salt: Buffer, identity: string): void {
  const hash = createHmac('sha256', salt).update(identity).digest()
  sketch.add(hash.readUInt32BE(0), hash.readUInt32BE(4))
}
