/**
 * Offline evaluation of recommendations on a labelled JSON Feed:
 *   npm run eval:recs -- --feed FILE.json --label-tag PREFIX [--readers 60] [--seed 1]
 * Readers are simulated from the items' tags that start with PREFIX (e.g. "century:"): each likes
 * one or two labels and has finished 5 of their articles; the rest of those labels' articles are
 * relevant. For Folio's recommender and the baselines random, newest and TF-IDF nearest
 * neighbours it prints (the label tags are removed before anything is fitted, so no method sees them) precision@10, recall@10, nDCG@10, catalogue coverage, intra-list diversity
 * (1 − mean pairwise TF-IDF cosine) and novelty (mean self-information), in one run.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { createRandom } from '../src/ml/random'
import { rowsDot } from '../src/ml/sparse/csr'
import { buildRecLibrary } from '../src/ml/recs/rec-library'
import { recommend } from '../src/ml/recs/recommend'
import { feedArticles } from './cli/feed-documents'
import { numberOption, UsageError } from './cli/run-cli'
import { baselines } from './eval/baselines'
import { intraListDiversity, ndcgAt, novelty, precisionAt, recallAt } from './eval/metrics'
import { simulateReaders } from './eval/readers'

const K = 10

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { feed: { type: 'string' }, 'label-tag': { type: 'string' }, readers: { type: 'string' }, seed: { type: 'string' } }, strict: true })
  if (!values.feed || !values['label-tag']) throw new UsageError('Give --feed FILE.json and --label-tag PREFIX (e.g. century:).')
  const articles = feedArticles(await readFile(values.feed, 'utf8'))
  const now = Math.max(...articles.map((article) => article.publishedAt)) + 86_400_000
  const random = createRandom(numberOption(values, 'seed', 1, Number.isInteger))
  const readers = simulateReaders(articles, values['label-tag'], { readers: numberOption(values, 'readers', 60, (value) => Number.isInteger(value) && value > 0), random, now })
  if (readers.length === 0) throw new UsageError(`No label with the prefix "${values['label-tag']}" has enough articles (10 or more).`)
  // The labels define the readers; the recommender must not see them (tags are facets).
  const prefix = values['label-tag']
  const unlabelled = articles.map((article) => ({ ...article, tags: article.tags.filter((tag) => !tag.startsWith(prefix)) }))
  const started = performance.now()
  const library = buildRecLibrary(unlabelled, { now })
  console.error(`library built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${articles.length} articles, ${library.model?.k ?? 0} topics; ${readers.length} readers`)
  const methods = { folio: (reader: (typeof readers)[number]) => recommend(library, reader.signals, { limit: K }).forYou, ...baselines(library, random) }
  const similarity = cosineById(library)
  const popularity = new Map<string, number>()
  for (const reader of readers) for (const id of reader.finished) popularity.set(id, (popularity.get(id) ?? 0) + 1)
  const table: Record<string, Record<string, number>> = {}
  for (const [name, method] of Object.entries(methods)) {
    const lists = readers.map((reader) => method(reader).slice(0, K))
    const mean = (f: (list: string[], index: number) => number): number => lists.reduce((sum, list, index) => sum + f(list, index), 0) / lists.length
    table[name] = {
      'precision@10': mean((list, i) => precisionAt(list, readers[i]!.relevant, K)),
      'recall@10': mean((list, i) => recallAt(list, readers[i]!.relevant, K)),
      'nDCG@10': mean((list, i) => ndcgAt(list, readers[i]!.relevant, K)),
      coverage: new Set(lists.flat()).size / articles.length,
      diversity: mean((list) => intraListDiversity(list, similarity)),
      novelty: mean((list) => novelty(list, popularity, readers.length)),
    }
  }
  const rows = Object.entries(table).map(([name, metrics]) => `${name.padEnd(8)} ${Object.values(metrics).map((value) => value.toFixed(3).padStart(12)).join('')}`)
  console.log(`${'method'.padEnd(8)} ${Object.keys(table.folio!).map((key) => key.padStart(12)).join('')}\n${rows.join('\n')}`)
  const folio = table.folio!
  const nn = table['tfidf-nn']!
  console.log(`folio vs TF-IDF nearest neighbours: precision@10 ${folio['precision@10']! >= nn['precision@10']! ? '≥' : '<'} (${folio['precision@10']!.toFixed(3)} vs ${nn['precision@10']!.toFixed(3)}), coverage ${folio.coverage!.toFixed(3)} vs ${nn.coverage!.toFixed(3)}, diversity ${folio.diversity!.toFixed(3)} vs ${nn.diversity!.toFixed(3)}`)
  console.log(JSON.stringify({ readers: readers.length, k: K, methods: table }))
}

/** TF-IDF cosine between two articles (rows are L2-normalized), for diversity. */
function cosineById(library: ReturnType<typeof buildRecLibrary>): (a: string, b: string) => number {
  const matrix = library.matrix
  return (a, b) => (matrix ? rowsDot(matrix, library.row.get(a)!, library.row.get(b)!) : 0)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
