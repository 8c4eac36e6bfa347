/** The one error type ingest throws: `code` is stable for programs, `message` is for people. */
export class IngestError extends Error {
  override readonly name = 'IngestError'
  constructor(
    readonly code: 'not_json' | 'not_json_feed' | 'not_a_feed' | 'not_opml' | 'unsupported_file' | 'fetch_failed' | 'no_items' | 'cancelled' | 'failed',
    message: string,
  ) {
    super(message)
  }
}

/** JSON.parse that fails with an IngestError saying what `what` is (“This file”, “The sample catalog”). */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new IngestError('not_json', `${what} is not valid JSON.`)
  }
}
