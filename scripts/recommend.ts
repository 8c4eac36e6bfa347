/**
 * Recommendations for one reader, or a batch of readers, on a JSON Feed, with the app's modules:
 *   npm run -s recommend -- --feed FILE.json --history FILE.json [--limit 10]
 * One reader's events `[{"id", "event": "open|finish|like|dislike|hide", "at"}]` give
 * `{forYou: [ids], rows: [{title, slug, reason, items}]}`; an object mapping names to such arrays
 * gives `{users: {name: {forYou, rows}}}`, with the topic model fitted once for the whole batch.
 * "Now" is the latest event of the history (or the newest article), so runs are reproducible.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { buildRecLibrary } from '../src/ml/recs/rec-library'
import { recommend, type Recommendations } from '../src/ml/recs/recommend'
import { feedArticles } from './cli/feed-documents'
import { parseHistory } from './cli/history'
import { numberOption, runCli, UsageError } from './cli/run-cli'

/** The CLI's contract, `{forYou, rows: [{title, slug, reason, items}]}`: the app's row kinds, stage and card reasons stay out. */
const contractShape = ({ forYou, rows }: Recommendations): { forYou: string[]; rows: { title: string; slug: string; reason: string; items: string[] }[] } => ({
  forYou,
  rows: rows.map(({ title, slug, reason, items }) => ({ title, slug, reason, items })),
})

const readText = (path: string): Promise<string> =>
  readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${path}: ${error.code ?? error.message}.`)
  })

await runCli(async () => {
  const { values } = parseArgs({ options: { feed: { type: 'string' }, history: { type: 'string' }, limit: { type: 'string' }, seed: { type: 'string' } }, strict: true })
  if (!values.feed || !values.history) throw new UsageError('Give --feed FILE.json (a JSON Feed) and --history FILE.json (reading events).')
  const articles = feedArticles(await readText(values.feed))
  const history = parseHistory(await readText(values.history))
  const limit = numberOption(values, 'limit', 10, (value) => Number.isInteger(value) && value >= 1)
  const allSignals = history.kind === 'single' ? history.signals : [...history.readers.values()].flat()
  const now = Math.max(0, ...allSignals.map((signal) => signal.at), ...articles.map((article) => article.publishedAt))
  const library = buildRecLibrary(articles, { now, seed: numberOption(values, 'seed', 0, (value) => Number.isInteger(value) && value >= 0) })
  if (history.kind === 'single') return contractShape(recommend(library, history.signals, { limit }))
  return { users: Object.fromEntries([...history.readers].map(([name, signals]) => [name, contractShape(recommend(library, signals, { limit }))])) }
})
