import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'

interface FeedItem {
  id?: unknown
}

/** JSON Feed ids are strings; numbers are common in the wild and read as their decimal form. */
const idOf = (item: FeedItem | null | undefined): string | null =>
  typeof item?.id === 'string' ? item.id : typeof item?.id === 'number' ? String(item.id) : null

interface FeedIndex {
  version: string
  items: Map<string, FeedItem>
}

/** Parsed feeds by path, re-read only when a file's time or size changes (sotu.json is MBs). */
const indexes = new Map<string, FeedIndex>()

async function indexOf(path: string): Promise<FeedIndex | null> {
  const { mtimeMs, size } = await stat(path)
  const version = `${mtimeMs}:${size}`
  const cached = indexes.get(path)
  if (cached?.version === version) return cached
  let feed: { items?: unknown }
  try {
    feed = JSON.parse(await readFile(path, 'utf8')) as { items?: unknown }
  } catch {
    return null // a broken file hides its own items, not everyone else's
  }
  const items = new Map<string, FeedItem>()
  for (const item of Array.isArray(feed.items) ? (feed.items as FeedItem[]) : []) {
    const id = idOf(item)
    if (id !== null) items.set(id, item)
  }
  const index = { version, items }
  indexes.set(path, index)
  return index
}

/** Finds an item by id in the JSON Feeds of `samplesDir`; edits to a file show at once. */
async function findSampleItem(samplesDir: string, id: string): Promise<FeedItem | null> {
  const names = (await readdir(samplesDir).catch(() => [] as string[])).filter((name) => name.endsWith('.json'))
  for (const name of names) {
    const item = (await indexOf(join(samplesDir, name)))?.items.get(id)
    if (item) return item
  }
  return null
}

/** RFC 9110 If-None-Match: `*` or a list of (possibly weak) entity tags. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((candidate) => {
    const tag = candidate.trim()
    return tag === '*' || tag.replace(/^W\//, '') === etag
  })
}

/**
 * `GET /articles/:id.json`: one sample article as a JSON Feed item. The service worker serves it
 * stale-while-revalidate; the strong ETag lets its BroadcastUpdatePlugin see when it changed.
 */
export function registerArticleDocuments(app: FastifyInstance, samplesDir: string): void {
  app.get<{ Params: { file: string } }>('/articles/:file', async (request, reply) => {
    const match = /^(.+)\.json$/.exec(request.params.file)
    const item = match?.[1] ? await findSampleItem(samplesDir, match[1]) : null
    if (!item) return reply.code(404).send({ error: 'not_found', message: 'No such article' })
    const body = JSON.stringify(item)
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`
    reply.header('Cache-Control', 'no-cache').header('ETag', etag)
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send()
    return reply.type('application/json; charset=utf-8').send(body)
  })
}
