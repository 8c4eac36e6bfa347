/** Offline ranking metrics over binary relevance (Järvelin & Kekäläinen 2002 for nDCG). */

export function precisionAt(list: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return list.slice(0, k).filter((id) => relevant.has(id)).length / k
}

export function recallAt(list: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return relevant.size ? list.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size : 0
}

/** DCG of the list over the ideal DCG (all relevant items first), with log2(rank + 1) discounts. */
export function ndcgAt(list: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  let dcg = 0
  list.slice(0, k).forEach((id, index) => {
    if (relevant.has(id)) dcg += 1 / Math.log2(index + 2)
  })
  let ideal = 0
  for (let index = 0; index < Math.min(k, relevant.size); index++) ideal += 1 / Math.log2(index + 2)
  return ideal ? dcg / ideal : 0
}

/** 1 − the mean pairwise similarity of a list's items (0 for fewer than two). */
export function intraListDiversity(list: readonly string[], similarity: (a: string, b: string) => number): number {
  let sum = 0
  let pairs = 0
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      sum += similarity(list[i]!, list[j]!)
      pairs++
    }
  }
  return pairs ? 1 - sum / pairs : 0
}

/** Mean self-information −log2 p(i) of a list's items, p(i) the item's share of readers' histories (add-one smoothed). */
export function novelty(list: readonly string[], popularity: ReadonlyMap<string, number>, readers: number): number {
  if (!list.length) return 0
  return list.reduce((sum, id) => sum - Math.log2(((popularity.get(id) ?? 0) + 1) / (readers + 1)), 0) / list.length
}
