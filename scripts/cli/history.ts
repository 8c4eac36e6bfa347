import type { ReadingEvent, ReadingSignal } from '../../src/ml/recs/profile'
import { UsageError } from './run-cli'

const EVENTS: readonly ReadingEvent[] = ['open', 'finish', 'like', 'dislike', 'hide', 'save']

function readerSignals(raw: unknown, who: string): ReadingSignal[] {
  if (!Array.isArray(raw)) throw new UsageError(`${who}: the history must be an array of {"id", "event", "at"}.`)
  return raw.map((entry: unknown, index) => {
    const { id, event, at } = (entry ?? {}) as { id?: unknown; event?: unknown; at?: unknown }
    const time = typeof at === 'string' ? Date.parse(at) : Number.NaN
    if (typeof id !== 'string' && typeof id !== 'number') throw new UsageError(`${who}, event ${index}: "id" must be an article id.`)
    if (!EVENTS.includes(event as ReadingEvent)) throw new UsageError(`${who}, event ${index}: "event" must be one of ${EVENTS.join(', ')}.`)
    if (!Number.isFinite(time)) throw new UsageError(`${who}, event ${index}: "at" must be an ISO 8601 date.`)
    return { articleId: String(id), event: event as ReadingEvent, at: time }
  })
}

/** One reader's events (an array), or several readers' (an object of arrays). */
export type History = { kind: 'single'; signals: ReadingSignal[] } | { kind: 'batch'; readers: Map<string, ReadingSignal[]> }

export function parseHistory(json: string): History {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    throw new UsageError('The history is not valid JSON.')
  }
  if (Array.isArray(raw)) return { kind: 'single', signals: readerSignals(raw, 'history') }
  if (raw && typeof raw === 'object') return { kind: 'batch', readers: new Map(Object.entries(raw).map(([name, events]) => [name, readerSignals(events, `reader "${name}"`)])) }
  throw new UsageError('The history must be an array of events or an object mapping reader names to such arrays.')
}
