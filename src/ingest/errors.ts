// Relative, not '@/': the CLIs load this file through tsx, which does not know the alias.
import { isQuotaError } from '../db/quota'

/** The one error type ingest throws: `code` is stable for programs, `message` is for people. */
export class IngestError extends Error {
  override readonly name = 'IngestError'
  constructor(
    readonly code: 'not_json' | 'not_json_feed' | 'not_a_feed' | 'not_opml' | 'unsupported_file' | 'fetch_failed' | 'no_items' | 'cancelled' | 'storage_full' | 'failed',
    message: string,
  ) {
    super(message)
  }
}

/** JSON.parse that fails with an IngestError saying what `what` is (“This file”, “The sample catalog”). */
export function parseJsonText(text: string, what: string): unknown {
  try {
    // A byte-order mark is not JSON whitespace; one left in the text (a file saved twice) is dropped.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
  } catch {
    throw new IngestError('not_json', `${what} is not valid JSON.`)
  }
}

/**
 * An unexpected failure (the page closed mid-sanitize, a write the database refused) as an
 * IngestError that says what did not happen; IngestErrors pass through unchanged.
 */
export function failedWhile(doing: string, error: unknown): IngestError {
  if (error instanceof IngestError) return error
  if (isQuotaError(error)) {
    return new IngestError('storage_full', `There is no storage space left for ${doing}, so nothing was added. Your library is as it was.`)
  }
  const reason = error instanceof Error ? error.message : String(error)
  return new IngestError('failed', `Something went wrong while ${doing}, so nothing was added (${reason.replace(/\.$/, '')}).`)
}
