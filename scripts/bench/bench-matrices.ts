import type { CsrMatrix } from '../../src/ml/sparse/csr'
import { vectorizeTexts } from '../../src/ml/text/vectorize'
import { sampleLibraryTexts, sotuPassages } from './corpora'
import { plantedTopicMatrix } from './synthetic-matrix'

export interface BenchMatrix {
  name: string
  label: string
  /** Builds the matrix; `scale` < 1 gives a smaller one of the same kind (for warming up). */
  build: (scale: number) => CsrMatrix
}

/** The three matrices of issue 4's benchmark. TF-IDF with the app's vectorizer settings. */
export const benchMatrices: BenchMatrix[] = [
  { name: 'sample', label: 'sample library TF-IDF', build: () => vectorizeTexts(sampleLibraryTexts()).matrix },
  { name: 'sotu', label: 'State of the Union, 300-word passages, TF-IDF', build: () => vectorizeTexts(sotuPassages(300)).matrix },
  {
    name: 'synthetic',
    label: 'synthetic 30,000 × 8,000, 20 planted topics, ~120 non-zeros a row',
    build: (scale) => plantedTopicMatrix({ rows: Math.round(30_000 * scale), cols: 8_000, topics: 20, termsPerRow: 120, seed: 1 }),
  },
]
