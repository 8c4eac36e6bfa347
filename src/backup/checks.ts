import { BackupError } from './format'
import { articleDocumentPath } from '@/ingest/document-url'

/**
 * Reads `value`, found at `path` in the file, as a T, or throws a BackupError naming the path and
 * what belongs there. Checks compose like the schema they describe, and stop at the first problem:
 * one precise sentence helps more than a list of everything wrong with a damaged file.
 */
export type Check<T> = (value: unknown, path: string) => T

/** Throws the message for the first bad field: "feed.items[3].id must be a string". */
export function fail(path: string, must: string): never {
  throw new BackupError('invalid', `This backup cannot be restored: ${path} ${must}.`, path)
}

/** What a value is, in the words of the messages: "missing", "null", "a list", "an object", "a number". */
function describe(value: unknown): string {
  if (value === undefined || value === null) return value === undefined ? 'missing' : 'null'
  if (Array.isArray(value)) return 'a list'
  const type = typeof value
  return `${type === 'object' ? 'an' : 'a'} ${type}`
}

/** A check from a predicate; the message says what the value must be and what it is. */
export const is =
  <T>(test: (value: unknown) => boolean, must: string): Check<T> =>
  (value, path) =>
    test(value) ? (value as T) : fail(path, `must be ${must} (it is ${describe(value)})`)

export const string: Check<string> = is((value) => typeof value === 'string', 'a string')
export const nonEmpty: Check<string> = is((value) => typeof value === 'string' && value.trim() !== '', 'a non-empty string')
export const finite: Check<number> = is(Number.isFinite, 'a finite number')
export const count: Check<number> = is((value) => Number.isSafeInteger(value) && (value as number) >= 0, 'a whole number, 0 or more')
export const positiveInteger: Check<number> = is((value) => Number.isSafeInteger(value) && (value as number) > 0, 'a whole number above 0')
export const fraction: Check<number> = is((value) => typeof value === 'number' && value >= 0 && value <= 1, 'a number from 0 to 1')

/** RFC 3339 as JSON Feed asks for (and `Date.parse` reads): "2024-05-01T12:00:00.000Z". */
export const rfc3339: Check<string> = is(
  (value) => typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value) && Number.isFinite(Date.parse(value)),
  'an RFC 3339 date',
)

/** Links the reader opens: http(s) only, so a backup cannot plant a `javascript:` link. */
export const httpUrl: Check<string> = is((value) => {
  if (typeof value !== 'string') return false
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}, 'an http(s) URL')

/** Same-origin paths only: the service worker revalidates these documents (as the importer insists). */
export const articleDocument: Check<string> = is((value) => typeof value === 'string' && articleDocumentPath(value) !== null, 'an article document path such as /articles/x.json')

export const oneOf = <T extends string>(...values: T[]): Check<T> => is((value) => values.includes(value as T), `one of ${values.map((value) => `"${value}"`).join(', ')}`)

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path) =>
    value === null ? null : check(value, path)

/** An absent field stays absent (a record leaves it out); a present one is checked. */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : check(value, path)

export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

export const plainObject: Check<Record<string, unknown>> = is(isPlainObject, 'an object')

/** An object whose every value is a string (topic names by key). */
export const stringMap: Check<Record<string, string>> = is((value) => isPlainObject(value) && Object.values(value).every((entry) => typeof entry === 'string'), 'an object of strings')

export const listOf =
  <T>(check: Check<T>): Check<T[]> =>
  (value, path) =>
    Array.isArray(value) ? value.map((entry, index) => check(entry, `${path}[${index}]`)) : fail(path, `must be a list (it is ${describe(value)})`)

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key)

/**
 * An object with these fields, each checked. The result holds only the shape's fields: whatever
 * else a file carries never reaches the database.
 */
export const record =
  <T>(shape: { [K in keyof T]-?: Check<T[K]> }): Check<T> =>
  (value, path) => {
    const object = plainObject(value, path)
    const out: Partial<T> = {}
    for (const key of Object.keys(shape) as Array<keyof T & string>) {
      const field = shape[key](Object.hasOwn(object, key) ? object[key] : undefined, join(path, key))
      if (field !== undefined) out[key] = field
    }
    return out as T
  }

/** Fails at the second entry of `list` whose `field` repeats an earlier one's: stores keep one per key. */
export function unique<T>(list: readonly T[], path: string, field: string, keyOf: (entry: T) => unknown): void {
  const seen = new Set<unknown>()
  list.forEach((entry, index) => {
    const key = keyOf(entry)
    if (key === undefined) return
    if (seen.has(key)) fail(`${path}[${index}].${field}`, `repeats ${JSON.stringify(key)}, which an earlier entry has`)
    seen.add(key)
  })
}
