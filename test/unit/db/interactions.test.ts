import { describe, expect, it } from 'vitest'
import { flagsFrom } from '@/db/interactions'
import type { InteractionEvent } from '@/db/schema'

const events = (...names: InteractionEvent[]) => names.map((event, at) => ({ event, at }))

describe('article flags', () => {
  it('takes the latest like, dislike or clear, and the latest save or unsave', () => {
    expect(flagsFrom([])).toEqual({ reaction: null, saved: false })
    expect(flagsFrom(events('open', 'like'))).toEqual({ reaction: 'like', saved: false })
    expect(flagsFrom(events('like', 'dislike'))).toEqual({ reaction: 'dislike', saved: false })
    expect(flagsFrom(events('like', 'unreact', 'save'))).toEqual({ reaction: null, saved: true })
    expect(flagsFrom(events('save', 'finish', 'unsave'))).toEqual({ reaction: null, saved: false })
  })

  it('orders by time, not by the order it was given', () => {
    expect(flagsFrom([{ event: 'dislike', at: 5 }, { event: 'like', at: 1 }])).toEqual({ reaction: 'dislike', saved: false })
  })
})
