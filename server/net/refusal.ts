import type { FastifyReply } from 'fastify'

/** A fetch the server will not make or pass on; `code` and `status` become the `{error}` answer. */
export class FetchRefused extends Error {
  constructor(
    /** Machine-readable reason, e.g. `private_address`, `too_large`. */
    readonly code: string,
    /** A sentence a person can read. */
    message: string,
    /** The HTTP status to answer with. */
    readonly status = 400,
  ) {
    super(message)
    this.name = 'FetchRefused'
  }
}

/** The refusal for an address that is not on the public internet (also raised inside the connector). */
export const privateAddress = (): FetchRefused =>
  new FetchRefused('private_address', 'That address is not on the public internet.', 403)

/** The refusal for a body over the cap, whether announced by Content-Length or counted. */
export const tooLarge = (maxBytes: number): FetchRefused =>
  new FetchRefused('too_large', `The response is larger than ${maxBytes} bytes.`, 413)

/** Answers a refused or failed upstream fetch as `{error, message}` with a fitting status. */
export function refuse(reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof FetchRefused) return reply.code(error.status).send({ error: error.code, message: error.message })
  const timedOut = error instanceof Error && error.name === 'TimeoutError'
  return reply
    .code(timedOut ? 504 : 502)
    .send({ error: timedOut ? 'timeout' : 'upstream', message: timedOut ? 'The site took too long.' : 'The site could not be reached.' })
}
