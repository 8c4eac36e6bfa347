/** Sizes past which ingest refuses or skips input rather than freezing the tab or the worker. */

const MB = 1024 * 1024

/** The largest file that can be imported, in MB: a feed or an export of many articles. */
export const MAX_IMPORT_MB = 50
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * MB

/**
 * The longest text one article may have, in MB (of characters): five times War and Peace.
 * Counting words, summarizing, indexing and topic modelling all read the whole text; a longer
 * "article" is a dump, not something to read.
 */
export const MAX_ARTICLE_MB = 5
export const MAX_ARTICLE_CHARS = MAX_ARTICLE_MB * MB

/** A size in MB with one decimal, rounded up, so that anything over a limit reads as over it. */
export const megabytes = (size: number): string => (Math.ceil((size / MB) * 10) / 10).toFixed(1)
