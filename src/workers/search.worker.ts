import { expose } from 'comlink'
import { toHit, type SearchHit } from '@/ingest/search-index'
import { savedIndexLoader } from '@/ingest/search-store'

// Thin: the saved index is loaded here once (not rebuilt), and queries never touch the page's thread.
const loadIndex = savedIndexLoader()

export interface SearchWorkerApi {
  search(query: string, limit: number): Promise<SearchHit[]>
}

const api: SearchWorkerApi = {
  async search(query, limit) {
    const index = await loadIndex()
    if (!index || !query.trim()) return []
    return index.search(query).slice(0, limit).map(toHit)
  },
}

expose(api)
