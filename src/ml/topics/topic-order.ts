/**
 * Reorders topics by how much of the library they explain, Σᵢ Wᵢₜ · Σⱼ Hₜⱼ (the mass of the
 * rank-one term W₍:,t₎H₍t,:₎; W or H alone depends on NMF's arbitrary scaling), largest first, so
 * topic 0 is the library's main subject. Returns new arrays.
 */
export function orderTopics(h: Float64Array, w: Float64Array, k: number, cols: number): { h: Float64Array; w: Float64Array } {
  const mass = new Float64Array(k)
  for (let e = 0; e < w.length; e++) mass[e % k]! += w[e]!
  for (let t = 0; t < k; t++) {
    let termMass = 0
    for (let j = 0; j < cols; j++) termMass += h[t * cols + j]!
    mass[t]! *= termMass
  }
  const order = Array.from({ length: k }, (_, t) => t).sort((a, b) => mass[b]! - mass[a]! || a - b)
  const orderedH = new Float64Array(h.length)
  order.forEach((from, to) => orderedH.set(h.subarray(from * cols, (from + 1) * cols), to * cols))
  const orderedW = new Float64Array(w.length)
  for (let row = 0; row < w.length; row += k) order.forEach((from, to) => (orderedW[row + to] = w[row + from]!))
  return { h: orderedH, w: orderedW }
}
