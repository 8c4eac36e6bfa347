import type { TopicProgress } from '@/ml/topics/topic-model'

/** At most one factorization report per this many milliseconds: ≤ 10 messages a second. */
export const PROGRESS_INTERVAL_MS = 100

/**
 * Wraps a progress reporter so it passes every change of stage but drops reports that follow the
 * last one passed within `intervalMs`: NMF reports each iteration, and each report sent to the
 * page is a message and a re-render there.
 */
export function throttleProgress(
  report: (progress: TopicProgress) => void,
  intervalMs = PROGRESS_INTERVAL_MS,
  now: () => number = () => performance.now(),
): (progress: TopicProgress) => void {
  let lastStage: TopicProgress['stage'] | null = null
  let lastAt = -Infinity
  return (progress) => {
    const at = now()
    if (progress.stage === lastStage && at - lastAt < intervalMs) return
    lastStage = progress.stage
    lastAt = at
    report(progress)
  }
}
