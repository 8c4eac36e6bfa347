/** The one error type ingest throws: `code` is stable for programs, `message` is for people. */
export class IngestError extends Error {
  override readonly name = 'IngestError'
  constructor(
    readonly code: 'not_json' | 'not_json_feed' | 'fetch_failed' | 'no_items' | 'cancelled' | 'failed',
    message: string,
  ) {
    super(message)
  }
}
