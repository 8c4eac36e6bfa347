import { expose, transfer, type Remote } from 'comlink'
import { throttleProgress } from '@/topics/progress-throttle'
import { fitAndSave, foldInAndSave, loadTopicsView } from '@/topics/topic-jobs'
import type { TopicsView } from '@/topics/topic-view'
import type { FitProgressListener, TopicsWorkerApi } from './topics-protocol'

// Thin: reading the articles, TF-IDF, NMF and the IndexedDB writes happen here, off the main thread.
let signal = { aborted: false }

/** The view's arrays move to the page instead of being copied. */
function transferView<T>(value: T, view: TopicsView | null): T {
  return view ? transfer(value, [view.weights.buffer, view.strongest.buffer]) : value
}

const api: TopicsWorkerApi = {
  async fitModel(request, onProgress) {
    signal = { aborted: false }
    const page = onProgress as unknown as Remote<FitProgressListener>
    const report = throttleProgress((progress) => void page(progress).catch(() => undefined))
    const outcome = await fitAndSave(request, { onProgress: report, signal })
    return transferView(outcome, outcome.ok ? outcome.view : null)
  },
  cancel() {
    signal.aborted = true
  },
  async foldIn(ids) {
    const view = await foldInAndSave(ids)
    return transferView(view, view)
  },
  async view() {
    const view = await loadTopicsView()
    return transferView(view, view)
  },
}

expose(api)
