/**
 * NMF benchmark: Folio's HALS against scikit-learn's `NMF(init='nndsvda', solver='cd', tol=1e-4,
 * max_iter=400)` on the same matrices in the same run (when /usr/bin/python3 has scikit-learn).
 *   npm run bench:nmf [-- --repeats 3 --only synthetic]
 * For each matrix it prints our time and error at scikit-learn's settings, scikit-learn's, and the
 * ratio of our time to reach scikit-learn's final error (within 0.01%) to scikit-learn's time.
 * Times are the best of `repeats` runs on both sides. Target: ratio ≤ 1.0 everywhere, aim 0.5.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { fitNmf } from '../../src/ml/nmf/fit'
import type { NmfOptions, NmfResult } from '../../src/ml/nmf/options'
import { nnz, type CsrMatrix } from '../../src/ml/sparse/csr'
import { formatMatrixMarket } from '../../src/ml/sparse/matrix-market'
import { benchMatrices } from './bench-matrices'
import { hasScikitLearn, scikitLearnNmf, type ReferenceFit } from './sklearn-reference'

const K = 20
const { values } = parseArgs({ options: { repeats: { type: 'string', default: '3' }, only: { type: 'string' } } })
const repeats = Math.max(1, Number(values.repeats))

/** Best of `repeats` timed fits (the factorization only), with the last fit's result. */
function timedFit(x: CsrMatrix, options: NmfOptions): { seconds: number; fit: NmfResult } {
  let seconds = Number.POSITIVE_INFINITY
  let fit: NmfResult | undefined
  for (let run = 0; run < repeats; run++) {
    const started = performance.now()
    fit = fitNmf(x, options)
    seconds = Math.min(seconds, (performance.now() - started) / 1000)
  }
  return { seconds, fit: fit! }
}

const round = (value: number, digits = 3): number => Number(value.toPrecision(digits))

const compare = hasScikitLearn()
if (!compare) console.error('scikit-learn not found at /usr/bin/python3: printing Folio’s figures only.')
// Warm the JIT on a small matrix so the first case is not charged for compilation.
fitNmf(benchMatrices.find(({ name }) => name === 'synthetic')!.build(0.05), { k: 5, maxIterations: 20 })
const scratch = mkdtempSync(join(tmpdir(), 'folio-bench-nmf-'))
const summary: Array<Record<string, unknown>> = []
try {
  for (const { name, label, build } of benchMatrices) {
    if (values.only && values.only !== name) continue
    const builtAt = performance.now()
    const x = build(1)
    const buildSeconds = (performance.now() - builtAt) / 1000
    const ours = timedFit(x, { k: K, tol: 1e-4, maxIterations: 400 })
    const row: Record<string, unknown> = {
      matrix: label,
      rows: x.rows,
      cols: x.cols,
      nnz: nnz(x),
      k: K,
      buildSeconds: round(buildSeconds),
      folio: { seconds: round(ours.seconds), iterations: ours.fit.iterations, relativeError: round(ours.fit.relativeError, 7) },
    }
    if (compare) {
      const path = join(scratch, `${name}.mtx`)
      writeFileSync(path, formatMatrixMarket(x))
      const reference: ReferenceFit = scikitLearnNmf(path, K, repeats)
      const target = reference.relativeError * (1 + 1e-4)
      const race = timedFit(x, { k: K, tol: 0, maxIterations: 1000, targetError: target })
      const reached = race.fit.relativeError <= target
      row.scikitLearn = { seconds: round(reference.seconds), iterations: reference.iterations, relativeError: round(reference.relativeError, 7) }
      row.toScikitLearnError = { seconds: round(race.seconds), iterations: race.fit.iterations, reached }
      row.ratio = reached ? round(race.seconds / reference.seconds) : null
    }
    console.log(JSON.stringify(row))
    summary.push(row)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
if (compare) {
  const ratios = summary.map((row) => row.ratio as number | null)
  const worst = ratios.some((ratio) => ratio === null) ? null : Math.max(...(ratios as number[]))
  console.log(`worst ratio ${worst ?? 'n/a (error not reached)'}: target ≤ 1.0 ${worst !== null && worst <= 1 ? 'met' : 'NOT met'}; aim 0.5 ${worst !== null && worst <= 0.5 ? 'met' : 'not met'}`)
}
