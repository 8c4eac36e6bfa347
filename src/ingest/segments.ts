/**
 * V8's segment iterator slows down much faster than the text grows (a 100,000-character text
 * takes a second to split into words, a million characters minutes), so long texts are
 * segmented a window at a time. Each window is this many UTF-16 units.
 */
const WINDOW = 1024

/**
 * Boundaries this close to a window's end may depend on text past it (Unicode's rules look a
 * few characters ahead; sentence rules further, over spaces and closing punctuation), so the
 * segments that reach this far in are left to the next window.
 */
const MARGIN = 64

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff

/**
 * `segmenter.segment(text)`, in the same order with the same indices, at a cost linear in the
 * text's length. Only a segment longer than a window (a run of Thai with no sentence end, a
 * thousand combining marks) is cut where the window ends.
 */
export function* segmentsOf(segmenter: Intl.Segmenter, text: string): Generator<Intl.SegmentData> {
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW)
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end += 1 // never split a surrogate pair
    const last = end === text.length
    const settled = end - start - MARGIN
    let next = end
    for (const data of segmenter.segment(text.slice(start, end))) {
      if (!last && data.index > 0 && data.index + data.segment.length > settled) {
        next = start + data.index
        break
      }
      yield { ...data, index: start + data.index, input: text }
    }
    start = next
  }
}
