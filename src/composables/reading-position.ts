/**
 * Reading position as a fraction of the text, not of pixels: the same fraction lands on the same
 * sentence after a font change, a rotation or a reflow. Pure geometry, testable without a DOM.
 */

/** A block of the article (paragraph, heading, list item) as laid out now. */
export interface LaidOutBlock {
  /** Document y of the block's top edge, in px. */
  top: number
  height: number
  /** Characters of text in the block. */
  chars: number
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value))

/** The fraction of the text above document y `line` (the top of the reading area). */
export function fractionAt(blocks: readonly LaidOutBlock[], line: number): number {
  const total = blocks.reduce((sum, block) => sum + block.chars, 0)
  if (total === 0) return 0
  let before = 0
  for (const block of blocks) {
    if (line < block.top + block.height) {
      const inside = block.height > 0 ? clamp((line - block.top) / block.height, 0, 1) : 0
      return clamp((before + inside * block.chars) / total, 0, 1)
    }
    before += block.chars
  }
  return 1
}

/** The document y where the text at `fraction` begins: scroll so the reading area's top is there. */
export function lineFor(blocks: readonly LaidOutBlock[], fraction: number): number {
  const total = blocks.reduce((sum, block) => sum + block.chars, 0)
  const first = blocks[0]
  if (total === 0 || !first) return 0
  const target = clamp(fraction, 0, 1) * total
  let before = 0
  for (const block of blocks) {
    if (target < before + block.chars || block === blocks[blocks.length - 1]) {
      const inside = block.chars > 0 ? clamp((target - before) / block.chars, 0, 1) : 0
      return block.top + inside * block.height
    }
    before += block.chars
  }
  return first.top
}
