import type { StoredTopicModel } from './model'
import { getDb, writeAtomically } from './index'
import type { ArticleRecord, InteractionRecord, ModelRecord, PendingUrlRecord, ProgressRecord, SourceRecord } from './schema'

/** Everything a backup is made of, as the stores hold it (derived stores left out: they are rebuilt). */
export interface LibraryContents {
  articles: ArticleRecord[]
  sources: SourceRecord[]
  interactions: InteractionRecord[]
  progress: ProgressRecord[]
  pending: PendingUrlRecord[]
  /** Every entry of the settings store, key order. */
  settings: Array<[string, unknown]>
}

/** Every store a restore replaces: the library, and the caches derived from it (emptied, then rebuilt). */
const REPLACED = ['articles', 'bodies', 'sources', 'interactions', 'progress', 'pending', 'settings', 'model', 'searchIndex', 'textFacets', 'termCounts'] as const

/** Reads the whole library (bodies joined to their articles) and the stored model in one read transaction. */
export async function readLibrary(): Promise<LibraryContents & { model: ModelRecord | undefined }> {
  const tx = (await getDb()).transaction(['articles', 'bodies', 'sources', 'interactions', 'progress', 'pending', 'settings', 'model'])
  const settings = tx.objectStore('settings')
  const [metas, bodies, sources, interactions, progress, pending, keys, values, model] = await Promise.all([
    tx.objectStore('articles').getAll(),
    tx.objectStore('bodies').getAll(),
    tx.objectStore('sources').getAll(),
    tx.objectStore('interactions').getAll(),
    tx.objectStore('progress').getAll(),
    tx.objectStore('pending').getAll(),
    settings.getAllKeys(),
    settings.getAll(),
    tx.objectStore('model').get('current'),
    tx.done,
  ])
  // Both stores are keyed by article id, so their getAll() orders match; a body without its meta is skipped.
  const bodyById = new Map(bodies.map((body) => [body.id, body]))
  const articles = metas.flatMap((meta) => {
    const body = bodyById.get(meta.id)
    return body ? [{ ...meta, html: body.html, text: body.text }] : []
  })
  return { articles, sources, interactions, progress, pending, settings: keys.map((key, index) => [key, values[index]]), model }
}

/**
 * Replaces the library with `contents` in ONE transaction over every store it touches: all of it
 * lands or, on any failure, nothing does and the old library stays as it was. Derived stores are
 * emptied (their entries describe the old articles). Settings named in `keepSettings` belong to this
 * device (persistenceRequested) and survive the replacement.
 */
export async function replaceLibrary(contents: LibraryContents, keepSettings: readonly string[] = []): Promise<void> {
  const tx = (await getDb()).transaction([...REPLACED], 'readwrite')
  const settingsStore = tx.objectStore('settings')
  const kept = await Promise.all(keepSettings.map(async (key) => [key, await settingsStore.get(key)] as const))
  await writeAtomically(tx, (track) => {
    for (const store of REPLACED) track(tx.objectStore(store).clear())
    for (const { html, text, ...meta } of contents.articles) {
      track(tx.objectStore('articles').put(meta))
      track(tx.objectStore('bodies').put({ id: meta.id, html, text }))
    }
    for (const source of contents.sources) track(tx.objectStore('sources').put(source))
    // Records with ids first: an id-less one takes the next free key, which must not be one of theirs.
    const interactions = [...contents.interactions].sort((a, b) => Number(a.id === undefined) - Number(b.id === undefined))
    for (const interaction of interactions) track(tx.objectStore('interactions').put(interaction))
    for (const record of contents.progress) track(tx.objectStore('progress').put(record))
    for (const record of contents.pending) track(tx.objectStore('pending').put(record))
    for (const [key, value] of [...contents.settings, ...kept]) if (value !== undefined) track(settingsStore.put(value, key))
  })
}

/**
 * Saves a model whose topic keys were handed on, with the topic names that go with those keys, and
 * deletes the setting `doneKey` (the hand-over itself), in one transaction: names never point at
 * keys the stored model does not have.
 */
export async function putModelWithTopicNames(stored: StoredTopicModel, names: Record<string, string>, doneKey: string): Promise<void> {
  const tx = (await getDb()).transaction(['model', 'settings'], 'readwrite')
  await writeAtomically(tx, (track) => {
    track(tx.objectStore('model').put({ key: 'current', fittedAt: stored.model.fittedAt, payload: stored }))
    track(tx.objectStore('settings').put(names, 'topicNames'))
    track(tx.objectStore('settings').delete(doneKey))
  })
}

/** A settings-store entry as stored, for entries that are not settings people choose (a topic hand-over). */
export async function getSettingsEntry(key: string): Promise<unknown> {
  return (await getDb()).get('settings', key)
}
