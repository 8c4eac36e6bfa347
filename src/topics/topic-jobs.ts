import { listArticleIds, listArticleTexts, type ArticleText } from '@/db/articles'
import { getTopicModel, putTopicModel, type StoredTopicModel } from '@/db/model'
import { getSetting, setSetting } from '@/db/settings'
import { MIN_TOPIC_DOCUMENTS } from '@/ml/topics/topic-count'
import { fitTopicModel, foldInDocuments, type TopicDocument, type TopicModel, type TopicModelOptions } from '@/ml/topics/topic-model'
import type { FitOutcome, FitRequest } from '@/workers/topics-protocol'
import { carryTopicKeys, namesOfLiveTopics } from './topic-keys'
import { buildTopicsView, type TopicsView } from './topic-view'

/** What a fit gets from where it runs: a progress reporter and a cancel signal. */
export type FitHooks = Pick<TopicModelOptions, 'onProgress' | 'signal'>

/** An article as the topic model reads it: its title, then its plain text. */
const toDocument = ({ id, title, text }: ArticleText): TopicDocument => ({ id, text: `${title}\n${text}` })

async function viewOf(stored: StoredTopicModel): Promise<TopicsView> {
  return buildTopicsView(stored, new Set(await listArticleIds()))
}

/**
 * Fits a topic model on every stored article and saves it, so that loading it later never refits.
 * Topics that continue topics of the previous fit keep their keys, and so their names; names of
 * topics that vanished are dropped. Runs in the topics worker (or the page without workers).
 */
export async function fitAndSave(request: FitRequest, hooks: FitHooks = {}): Promise<FitOutcome> {
  const [articles, previous] = await Promise.all([listArticleTexts(), getTopicModel()])
  if (articles.length < MIN_TOPIC_DOCUMENTS) {
    return { ok: false, code: 'too-few', message: `Topics need at least ${MIN_TOPIC_DOCUMENTS} articles; your library has ${articles.length}.` }
  }
  let model: TopicModel
  try {
    model = fitTopicModel(articles.map(toDocument), { k: request.k ?? undefined, ...hooks })
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return { ok: false, code: 'failed', message: `Folio could not find topics in this library: ${error.message}` }
  }
  // An aborted NMF returns the factors it had: half-fitted topics are not worth keeping.
  if (hooks.signal?.aborted) return { ok: false, code: 'cancelled', message: 'Stopped finding topics; nothing changed.' }
  const previousTopics = previous && { ...previous, stems: previous.model.topics.map((topic) => topic.stems) }
  const stored: StoredTopicModel = { model, ...carryTopicKeys(previousTopics, model.topics.map((topic) => topic.stems)), fittedCount: articles.length }
  await putTopicModel(stored)
  await setSetting('topicNames', namesOfLiveTopics(await getSetting('topicNames'), stored.keys))
  return { ok: true, view: await viewOf(stored) }
}

/**
 * Places the given articles under the stored model's topics without refitting (those already in
 * it, or no longer stored, are skipped) and saves their proportions. Null without a model.
 */
export async function foldInAndSave(ids: readonly string[]): Promise<TopicsView | null> {
  const stored = await getTopicModel()
  if (!stored) return null
  const { model } = stored
  const known = new Set(model.documentIds)
  const articles = await listArticleTexts(ids.filter((id) => !known.has(id)))
  if (articles.length > 0) {
    const added = foldInDocuments(model, articles.map(toDocument))
    const weights = new Float64Array(model.weights.length + added.length)
    weights.set(model.weights)
    weights.set(added, model.weights.length)
    stored.model = { ...model, documentIds: [...model.documentIds, ...articles.map((article) => article.id)], weights }
    await putTopicModel(stored)
  }
  return viewOf(stored)
}

/** The stored model's view, or null when there is none. */
export async function loadTopicsView(): Promise<TopicsView | null> {
  const stored = await getTopicModel()
  return stored && viewOf(stored)
}
