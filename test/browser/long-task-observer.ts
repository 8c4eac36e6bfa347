import { expect, type Page } from '@playwright/test'

type LongTaskWindow = Window & { longTasks: number[] }

/** Records every main-thread long task (> 50 ms) from the first script of every page on. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const durations: number[] = []
    ;(window as unknown as LongTaskWindow).longTasks = durations
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** The long tasks seen since the last call, in milliseconds; the record starts again. */
export function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as LongTaskWindow).longTasks.splice(0))
}

export const longest = (tasks: readonly number[]): number => Math.round(Math.max(0, ...tasks))

/**
 * Proves the observer works in this page, so "no long task" is a finding and not a blind spot:
 * a busy task of `ms` started from a page timer (as app work is) must be reported.
 */
export async function expectObserverToSeeLongTasks(page: Page, ms = 80): Promise<void> {
  await takeLongTasks(page)
  await page.evaluate(
    (busyMs) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          const until = performance.now() + busyMs
          while (performance.now() < until) {
            // busy
          }
          resolve()
        }, 0),
      ),
    ms,
  )
  await expect.poll(async () => longest(await page.evaluate(() => (window as unknown as LongTaskWindow).longTasks))).toBeGreaterThanOrEqual(ms - 5)
}
