/** Fewer articles than this give no topic model: rows come from facets and recency alone. */
export const MIN_TOPIC_DOCUMENTS = 12

/**
 * The default number of topics for a library of `documents` articles: √(n/2), the rule of thumb
 * for clustering (Mardia et al. 1979), between 3 and 30, so a small library is not cut into
 * slivers and a large one still fits on the Topics page. 376 sample articles give 14; 5,000 give 30.
 */
export function defaultTopicCount(documents: number): number {
  return Math.max(3, Math.min(30, Math.round(Math.sqrt(documents / 2))))
}
