import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const PYTHON = '/usr/bin/python3'
const SCRIPT = fileURLToPath(new URL('./sklearn_nmf.py', import.meta.url))

export interface ReferenceFit {
  seconds: number
  iterations: number
  relativeError: number
}

/** True when Debian's python3 with scikit-learn is installed; the benchmark then compares. */
export function hasScikitLearn(): boolean {
  if (!existsSync(PYTHON)) return false
  try {
    execFileSync(PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** scikit-learn's `NMF(init='nndsvda', solver='cd', tol=1e-4, max_iter=400)` on a Matrix Market file: best of `repeats`. */
export function scikitLearnNmf(mtxPath: string, k: number, repeats: number): ReferenceFit {
  const output = execFileSync(PYTHON, [SCRIPT, mtxPath, String(k), String(repeats)], { encoding: 'utf8', maxBuffer: 1 << 20 })
  return JSON.parse(output) as ReferenceFit
}
