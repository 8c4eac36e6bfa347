import { createRandom, type Random } from '../../src/ml/random'
import { csrFromTriplets, type CsrMatrix } from '../../src/ml/sparse/csr'

export interface PlantedTopics {
  rows: number
  cols: number
  topics: number
  /** Distinct terms per row, on average. */
  termsPerRow: number
  seed: number
}

/** Cumulative weights for sampling by binary search. */
function cumulative(weights: Float64Array): Float64Array {
  const sums = new Float64Array(weights.length)
  let total = 0
  for (let i = 0; i < weights.length; i++) sums[i] = total += weights[i]!
  for (let i = 0; i < sums.length; i++) sums[i]! /= total
  return sums
}

function draw(sums: Float64Array, random: Random): number {
  const u = random.next()
  let low = 0
  let high = sums.length - 1
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sums[middle]! < u) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * A document-term matrix with planted topics, shaped like TF-IDF: each topic prefers its own 3% of
 * the vocabulary (Zipf weights) over a Zipf background; each row mixes one to three topics, draws
 * words until it holds about `termsPerRow` distinct terms, and is L2-normalized.
 */
export function plantedTopicMatrix(spec: PlantedTopics): CsrMatrix {
  const random = createRandom(spec.seed)
  const background = new Float64Array(spec.cols).map((_, j) => 1 / (j + 10))
  const topicSums = Array.from({ length: spec.topics }, () => {
    const weights = background.map((value) => value * 0.05)
    const favoured = Math.round(spec.cols * 0.03)
    for (let rank = 0; rank < favoured; rank++) weights[Math.floor(random.next() * spec.cols)]! += 1 / (rank + 2)
    return cumulative(weights)
  })
  const rowIndex: number[] = []
  const colIndex: number[] = []
  const values: number[] = []
  const counts = new Map<number, number>()
  for (let i = 0; i < spec.rows; i++) {
    const mixture = Array.from({ length: 1 + Math.floor(random.next() * 3) }, () => Math.floor(random.next() * spec.topics))
    const target = Math.max(5, Math.round(spec.termsPerRow * (0.6 + 0.8 * random.next())))
    counts.clear()
    for (let drawn = 0; counts.size < target && drawn < target * 20; drawn++) {
      const term = draw(topicSums[mixture[Math.floor(random.next() * mixture.length)]!]!, random)
      counts.set(term, (counts.get(term) ?? 0) + 1)
    }
    let norm = 0
    for (const count of counts.values()) norm += count * count
    for (const [term, count] of counts) {
      rowIndex.push(i)
      colIndex.push(term)
      values.push(count / Math.sqrt(norm))
    }
  }
  return csrFromTriplets(spec.rows, spec.cols, rowIndex, colIndex, values)
}
