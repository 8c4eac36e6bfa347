/**
 * Factorizes a Matrix Market file with Folio's NMF and prints
 * `{rows, cols, nnz, k, iterations, seconds, relativeError}` (seconds: the factorization only).
 *   npm run -s nmf -- --mtx FILE.mtx --k 20 [--seed 0] [--tol 1e-4] [--max-iter 400]
 *     [--solver hals|mu] [--init nndsvda|nndsvd|random] [--target-error E]
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { fitNmf } from '../src/ml/nmf/fit'
import { nnz } from '../src/ml/sparse/csr'
import { parseMatrixMarket } from '../src/ml/sparse/matrix-market'
import { choiceOption, numberOption, runCli, UsageError } from './cli/run-cli'

const isWhole = (value: number): boolean => Number.isInteger(value) && value >= 0

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      mtx: { type: 'string' },
      k: { type: 'string' },
      seed: { type: 'string' },
      tol: { type: 'string' },
      'max-iter': { type: 'string' },
      solver: { type: 'string' },
      init: { type: 'string' },
      'target-error': { type: 'string' },
    },
    strict: true,
  })
  if (!values.mtx) throw new UsageError('Give the matrix with --mtx FILE.mtx.')
  if (values.k === undefined) throw new UsageError('Give the number of topics with --k N.')
  const k = numberOption(values, 'k', Number.NaN, (value) => isWhole(value) && value >= 1)
  const text = await readFile(values.mtx, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${values.mtx}: ${error.code ?? error.message}.`)
  })
  const x = parseMatrixMarket(text)
  const started = performance.now()
  const fit = fitNmf(x, {
    k,
    seed: numberOption(values, 'seed', 0, isWhole),
    tol: numberOption(values, 'tol', 1e-4, (value) => value >= 0),
    maxIterations: numberOption(values, 'max-iter', 400, (value) => isWhole(value) && value >= 1),
    solver: choiceOption(values, 'solver', ['hals', 'mu'] as const, 'hals'),
    init: choiceOption(values, 'init', ['nndsvda', 'nndsvd', 'random'] as const, 'nndsvda'),
    targetError: numberOption(values, 'target-error', -1, (value) => value >= 0),
  })
  const seconds = (performance.now() - started) / 1000
  return { rows: x.rows, cols: x.cols, nnz: nnz(x), k, iterations: fit.iterations, seconds: Number(seconds.toFixed(4)), relativeError: fit.relativeError }
})
