import { proxy, wrap, type Remote } from 'comlink'
import type { FitOutcome, FitProgressListener, FitRequest, TopicsWorkerApi } from '@/workers/topics-protocol'
import type { TopicsView } from './topic-view'

let worker: Worker | null = null
let remote: Remote<TopicsWorkerApi> | null = null

function getRemote(): Remote<TopicsWorkerApi> {
  if (!remote) {
    worker = new Worker(new URL('../workers/topics.worker.ts', import.meta.url), { type: 'module', name: 'folio-topics' })
    remote = wrap<TopicsWorkerApi>(worker)
  }
  return remote
}

const hasWorkers = (): boolean => typeof Worker !== 'undefined'
const CANCELLED: FitOutcome = { ok: false, code: 'cancelled', message: 'Stopped finding topics; nothing changed.' }

/** Where module workers are missing (old browsers, Node tests) the jobs run here, with this signal. */
let inPageSignal = { aborted: false }
/** Settles the running worker fit as cancelled. */
let abandonFit: (() => void) | null = null

/** Fits a model on the whole library off the main thread and saves it; reports progress ≤ ~10 times a second. */
export async function fitTopics(request: FitRequest, onProgress: FitProgressListener): Promise<FitOutcome> {
  if (!hasWorkers()) {
    inPageSignal = { aborted: false }
    const { fitAndSave } = await import('./topic-jobs')
    return fitAndSave(request, { onProgress, signal: inPageSignal })
  }
  const running = getRemote().fitModel(request, proxy(onProgress))
  return new Promise<FitOutcome>((resolve, reject) => {
    abandonFit = () => resolve(CANCELLED)
    running.then(resolve, reject).finally(() => (abandonFit = null))
  })
}

/**
 * Stops the running fit; nothing is saved. The worker's `cancel()` sets the fit's signal, but NMF
 * runs as one synchronous loop, so the worker reads that message only once the fit is over: the
 * worker is ended as well (and started again on the next call). It saves only after the fit, in
 * one transaction: an ended worker leaves the old model or, if it was just done, the new one.
 */
export function cancelTopicFit(): void {
  inPageSignal.aborted = true
  const abandon = abandonFit
  if (!abandon) return
  abandonFit = null
  void remote?.cancel()
  worker?.terminate()
  worker = null
  remote = null
  abandon()
}

/** Places articles missing from the stored model under its topics and saves them; null without a model. */
export async function foldInTopics(ids: string[]): Promise<TopicsView | null> {
  if (hasWorkers()) return getRemote().foldIn(ids)
  const { foldInAndSave } = await import('./topic-jobs')
  return foldInAndSave(ids)
}

/** The stored model's view (never fits), or null when there is none. */
export async function loadTopics(): Promise<TopicsView | null> {
  if (hasWorkers()) return getRemote().view()
  const { loadTopicsView } = await import('./topic-jobs')
  return loadTopicsView()
}
