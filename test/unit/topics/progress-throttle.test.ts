import { describe, expect, it } from 'vitest'
import type { TopicProgress } from '@/ml/topics/topic-model'
import { throttleProgress } from '@/topics/progress-throttle'

describe('throttleProgress', () => {
  it('passes every change of stage and at most one report per interval within a stage', () => {
    let clock = 0
    const passed: TopicProgress[] = []
    const report = throttleProgress((progress) => passed.push(progress), 100, () => clock)
    report({ stage: 'vectorize' })
    clock = 5
    report({ stage: 'factorize', iteration: 0 })
    for (let iteration = 1; iteration <= 50; iteration++) {
      clock += 10 // an iteration every 10 ms: 100 a second
      report({ stage: 'factorize', iteration, relativeError: 1 / iteration })
    }
    report({ stage: 'summarize' })
    expect(passed.map((progress) => progress.iteration ?? progress.stage)).toEqual(['vectorize', 0, 10, 20, 30, 40, 50, 'summarize'])
  })
})
