import { IngestError } from '@/ingest/errors'

/**
 * The most CPU time one call may take. V8 cannot interrupt synchronous code (fast-check's time
 * limits only act between runs), so a hang shows up as a call that took too long, measured here.
 * CPU time, not wall time: other processes on a busy machine slow a call down without it doing
 * more work.
 */
export const CALL_BUDGET_MS = 2000

/** A clock of this process's CPU time, in milliseconds. */
export function cpuClock(): () => number {
  const start = process.cpuUsage()
  return () => {
    const { user, system } = process.cpuUsage(start)
    return (user + system) / 1000
  }
}

/** Runs `run` and says how much CPU time it took. */
export function cpuTimed<T>(run: () => T): { value: T; ms: number } {
  const elapsed = cpuClock()
  const value = run()
  return { value, ms: elapsed() }
}

/** Wall-clock limit for a whole property test: generous, as the per-call CPU budget does the checking. */
export const PROPERTY_TIMEOUT_MS = 60_000

/** What a parser did with one input: a value, or the IngestError it refused the input with. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: IngestError }

function checkBudget(elapsed: () => number, what: string): void {
  const ms = elapsed()
  if (ms > CALL_BUDGET_MS) throw new Error(`${what} took ${Math.round(ms)} ms of CPU time (budget ${CALL_BUDGET_MS} ms)`)
}

/**
 * Runs `parse` on one generated input. Passes when it returns, or throws the documented
 * IngestError, within the budget; anything else is rethrown for fast-check to shrink and report
 * with its seed.
 */
export function outcomeOf<T>(parse: () => T, what = 'the call'): Outcome<T> {
  const elapsed = cpuClock()
  let outcome: Outcome<T>
  try {
    outcome = { ok: true, value: parse() }
  } catch (error) {
    if (!(error instanceof IngestError)) throw error
    outcome = { ok: false, error }
  }
  checkBudget(elapsed, what)
  return outcome
}

/** {@link outcomeOf} for async entry points (the file importer reads a Blob). */
export async function asyncOutcomeOf<T>(parse: () => Promise<T>, what = 'the call'): Promise<Outcome<T>> {
  const elapsed = cpuClock()
  let outcome: Outcome<T>
  try {
    outcome = { ok: true, value: await parse() }
  } catch (error) {
    if (!(error instanceof IngestError)) throw error
    outcome = { ok: false, error }
  }
  checkBudget(elapsed, what)
  return outcome
}

/** Runs a function that documents no error at all: it must return, within the budget. */
export function timed<T>(run: () => T, what = 'the call'): T {
  const elapsed = cpuClock()
  const value = run()
  checkBudget(elapsed, what)
  return value
}

/** An IngestError's message is for people: one sentence, no stack, no "undefined" or "[object". */
export function isClearMessage(message: string): boolean {
  return message.length > 10 && message.length < 400 && /[.!?]$/.test(message) && !/undefined|\[object|\bat .+:\d+:\d+/.test(message)
}
