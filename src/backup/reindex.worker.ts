import { expose } from 'comlink'
import { rebuildSearchIndex, repairSearchIndex, type ReindexWorkerApi } from './reindex'

// Thin: reading the articles and building the MiniSearch index happen here, off the page's thread.
const api: ReindexWorkerApi = { rebuild: () => rebuildSearchIndex(), repair: () => repairSearchIndex() }

expose(api)
