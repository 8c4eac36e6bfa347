import { listArticleMetas } from '@/db/articles'
import { getTopicModel } from '@/db/model'
import { listSources } from '@/db/sources'
import type { RecArticle, RecLibrary } from '@/ml/recs/rec-library'
import { assembleRecLibrary } from './assemble-library'
import { ensureTextFeatures } from './text-features'

/** The assembled library, and what cards need beside it. Kept in memory until invalidated. */
export interface LoadedLibrary {
  /**
   * Its articles' `text` is empty: only the text-facet detectors and the tokenizer read it, and
   * their results are cached (src/recs/text-features.ts), so bodies are read only to fill the caches.
   */
  library: RecLibrary
  /** Card summaries by article id (the RecLibrary has no use for them). */
  summaries: ReadonlyMap<string, string>
  /** Stable topic keys in model order, null when the library has no model. */
  keys: readonly number[] | null
  /** Milliseconds spent reading IndexedDB, filling the caches (`computed` articles), assembling. */
  timings: { read: number; textFeatures: number; computed: number; assemble: number }
}

/**
 * Reads the articles' metadata and source titles, their cached text facets and term counts
 * (computing the missing ones) and the stored topic model, and assembles the RecLibrary. Nothing
 * is fitted: the model is only read.
 */
export async function loadLibrary(now = Date.now()): Promise<LoadedLibrary> {
  let started = performance.now()
  const [stored, sources, metas] = await Promise.all([getTopicModel(), listSources(), listArticleMetas()])
  const read = performance.now() - started
  started = performance.now()
  const termOptions = stored ? { locale: stored.model.text.locale, stem: stored.model.text.stem } : null
  const features = await ensureTextFeatures(metas, { termOptions })
  const textFeatures = performance.now() - started
  started = performance.now()
  const sourceTitles = new Map(sources.map((source) => [source.id, source.title]))
  const articles = metas.flatMap((meta): RecArticle[] =>
    // An article deleted while the caches were filled has no features: leave it out.
    features.facets.has(meta.id)
      ? [{ id: meta.id, title: meta.title, text: '', wordCount: meta.wordCount, readingMinutes: meta.readingMinutes, publishedAt: meta.publishedAt, sourceId: meta.sourceId, sourceTitle: sourceTitles.get(meta.sourceId) ?? '', author: meta.author, tags: meta.tags }]
      : [],
  )
  const assembled = assembleRecLibrary({ articles, textFacets: features.facets, termCounts: features.terms, model: stored?.model ?? null, now })
  const keys = assembled.model && stored ? stored.keys : null
  // Genre slugs name topics by their stable keys, so a followed or hidden genre survives a refit.
  const library = keys ? { ...assembled, topicKeys: keys } : assembled
  return {
    library,
    summaries: new Map(metas.map((meta) => [meta.id, meta.summary])),
    keys,
    timings: { read, textFeatures, computed: features.computed, assemble: performance.now() - started },
  }
}
