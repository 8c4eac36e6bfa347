import type { CsrMatrix } from '../sparse/csr'
import { stemDocuments, stemToken } from './stemming'
import { removeStopWords } from './stopwords'
import { fitTfidf, transformTfidf, type TfidfModel, type TfidfOptions } from './tfidf'
import { tokenize } from './tokenize'

/** Options for {@link vectorizeTexts}: the text pipeline's, then TF-IDF's. */
export interface VectorizeOptions extends TfidfOptions {
  /** Merge inflections with Porter2 ("whale", "whales", "whaling"). Default true. */
  stem?: boolean
  /** Locale for word boundaries and lower-casing. Default 'en'. */
  locale?: string
}

/**
 * Folio's defaults, which are those of scikit-learn's topic-extraction example
 * (`TfidfVectorizer(max_df=0.95, min_df=2)`), with a cap on the vocabulary and stemming:
 * - `minDf: 2`: a word in a single article links it to nothing, so it cannot shape a topic;
 * - `maxDf: 95%`: a word in nearly every article separates nothing;
 * - `maxFeatures: 10 000`: bounds memory (topics × terms) on phones with large libraries;
 * - `stem: true`: personal libraries are small, and merging "whale"/"whales"/"whaling" gives
 *   each word more evidence; people still see a real word (see `display`).
 * Stop words are always removed. The other options keep scikit-learn's defaults.
 */
export const FOLIO_VECTORIZE_DEFAULTS = {
  minDf: 2,
  maxDf: { proportion: 0.95 },
  maxFeatures: 10_000,
  stem: true,
  locale: 'en',
} as const satisfies VectorizeOptions

/** A text model: what is needed to turn new texts into rows of the same matrix. */
export interface TextModel extends TfidfModel {
  /** The word to show for each vocabulary term: its most frequent surface form when stemming. */
  display: string[]
  stem: boolean
  locale: string
}

/** A text model and the TF-IDF matrix of the texts it was fitted on. */
export interface VectorizedTexts extends TextModel {
  /** Texts × terms. */
  matrix: CsrMatrix
}

/** Tokens that count: words that are not stop words. */
function contentTokens(texts: readonly string[], locale: string): string[][] {
  return texts.map((text) => removeStopWords(tokenize(text, { locale })))
}

/**
 * Turns texts into a TF-IDF matrix: tokenize → stop words → Porter2 (optional) → vocabulary →
 * TF-IDF. Options not given take {@link FOLIO_VECTORIZE_DEFAULTS}.
 * @throws RangeError when pruning leaves no terms (too few texts for `minDf`, for one).
 */
export function vectorizeTexts(texts: readonly string[], options: VectorizeOptions = {}): VectorizedTexts {
  const defaults = FOLIO_VECTORIZE_DEFAULTS
  const stem = options.stem ?? defaults.stem
  const locale = options.locale ?? defaults.locale
  const tokens = contentTokens(texts, locale)
  const stemmed = stem ? stemDocuments(tokens) : null
  const fit = fitTfidf(stemmed?.documents ?? tokens, {
    ...options,
    minDf: options.minDf ?? defaults.minDf,
    maxDf: options.maxDf ?? defaults.maxDf,
    maxFeatures: options.maxFeatures === undefined ? defaults.maxFeatures : options.maxFeatures,
  })
  const display = stemmed ? fit.vocabulary.map((term) => stemmed.surfaceForms.get(term) ?? term) : fit.vocabulary.slice()
  return { ...fit, display, stem, locale }
}

/** Rows for new texts in a fitted model's columns (fold-in); unknown words are ignored. */
export function transformTexts(texts: readonly string[], model: TextModel): CsrMatrix {
  const tokens = contentTokens(texts, model.locale)
  return transformTfidf(model.stem ? tokens.map((words) => words.map(stemToken)) : tokens, model)
}
