/**
 * Runs Folio's topic pipeline on a JSON Feed and prints
 * `{topics:[{id, label, terms, coherence}], documents:[{id, topic, weights}], diversity, seconds}`
 * with every item of the feed in `documents` (`topic` is null for an item with no words the model knows).
 *   npm run -s topics -- --feed FILE.json [--k 10] [--seed 0]
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { fitTopicModel, strongestTopic } from '../src/ml/topics/topic-model'
import { feedDocuments } from './cli/feed-documents'
import { numberOption, runCli, UsageError } from './cli/run-cli'

const round = (value: number): number => Math.round(value * 1e4) / 1e4

await runCli(async () => {
  const { values } = parseArgs({ options: { feed: { type: 'string' }, k: { type: 'string' }, seed: { type: 'string' } }, strict: true })
  if (!values.feed) throw new UsageError('Give the articles with --feed FILE.json (a JSON Feed).')
  const text = await readFile(values.feed, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${values.feed}: ${error.code ?? error.message}.`)
  })
  const documents = feedDocuments(text)
  const k = values.k === undefined ? undefined : numberOption(values, 'k', 10, (value) => Number.isInteger(value) && value >= 1)
  const started = performance.now()
  const model = fitTopicModel(documents, { k, seed: numberOption(values, 'seed', 0, (value) => Number.isInteger(value) && value >= 0) })
  const seconds = (performance.now() - started) / 1000
  return {
    topics: model.topics.map(({ id, label, terms, coherence }) => ({ id, label, terms, coherence: round(coherence) })),
    documents: model.documentIds.map((id, row) => ({
      id,
      topic: strongestTopic(model.weights, model.k, row),
      weights: [...model.weights.subarray(row * model.k, (row + 1) * model.k)].map(round),
    })),
    diversity: round(model.diversity),
    seconds: Number(seconds.toFixed(3)),
  }
})
