import { loadMobyDick } from '../samples/moby-dick-feed'
import { loadSotu } from '../samples/sotu-feed'

/** The sample library's texts: every State of the Union address and every section of Moby-Dick. */
export function sampleLibraryTexts(): string[] {
  return [...loadSotu().map(({ name, year, text }) => `${name} ${year}\n${text}`), ...loadMobyDick().map(({ title, text }) => `${title}\n${text}`)]
}

/** The State of the Union addresses cut into consecutive passages of `words` words (a shorter tail is kept when at least half as long). */
export function sotuPassages(words = 300): string[] {
  const passages: string[] = []
  for (const { text } of loadSotu()) {
    const tokens = text.split(/\s+/).filter(Boolean)
    for (let start = 0; start < tokens.length; start += words) {
      const passage = tokens.slice(start, start + words)
      if (passage.length >= words / 2) passages.push(passage.join(' '))
    }
  }
  return passages
}
