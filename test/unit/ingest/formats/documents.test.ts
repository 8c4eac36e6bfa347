// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { discoverFeeds } from '@/ingest/formats/autodiscovery'
import { htmlToFeed, markdownToFeed, plainTextToFeed } from '@/ingest/formats/documents'

const fixture = (name: string): string => readFileSync(resolve(process.cwd(), 'test/fixtures', name), 'utf8')
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html')

describe('autodiscovery', () => {
  it('finds announced feeds: absolute, in order, once, http(s) only', () => {
    expect(discoverFeeds(parse(fixture('feeds/site-with-feeds.html')), 'https://gazette.example/news/')).toEqual([
      { url: 'https://gazette.example/feed/', title: 'Gazette (RSS)', type: 'application/rss+xml' },
      { url: 'https://gazette.example/atom.xml', title: 'Gazette (Atom)', type: 'application/atom+xml' },
    ])
    expect(discoverFeeds(parse('<p>No head links</p>'), 'https://example.org/')).toEqual([])
  })
})

describe('single documents', () => {
  it('renders Markdown, titled by its first heading, with the file name as a stable id', () => {
    const feed = markdownToFeed(fixture('feeds/knots.md'), 'knots.md')
    const [item] = feed.items
    expect(item?.title).toBe('Knots for sailors')
    expect(item?.id).toBe('file:knots.md')
    expect(item?.contentHtml).toContain('<strong>bowline</strong>')
    expect(item?.contentHtml).toContain('<li>Clove hitch</li>')
    expect(markdownToFeed('No heading here.', 'loose-note.markdown').items[0]?.title).toBe('loose-note')
  })

  it('keeps plain text as text; a short first line before a blank line is the title', () => {
    expect(plainTextToFeed('Weather lore\n\nRed sky at night.', 'lore.txt').items[0]).toMatchObject({ title: 'Weather lore', contentText: 'Weather lore\n\nRed sky at night.', contentHtml: null })
    expect(plainTextToFeed('One long paragraph without a title line.', 'para.txt').items[0]?.title).toBe('para')
  })

  it('extracts the article of a saved page with Readability', () => {
    const page = `<!doctype html><html lang="en"><head><title>Clouds | Sky Notes</title><meta name="author" content="Ana Sky"></head><body>
      <nav><a href="/">Home</a><a href="/about">About us</a></nav>
      <article><h1>Reading the clouds</h1>${'<p>Cumulus clouds build on warm afternoons and can tower into storms before evening falls over the hills.</p>'.repeat(6)}</article>
      <footer>Footer links and copyright</footer></body></html>`
    const [item] = htmlToFeed(parse(page), 'clouds.html').items
    expect(item?.title).toMatch(/Clouds/)
    expect(item?.contentHtml).toContain('Cumulus clouds build')
    expect(item?.contentHtml).not.toContain('Footer links')
    expect(item?.contentHtml).not.toContain('About us')
    expect(item?.authors).toEqual(['Ana Sky'])
    expect(item?.language).toBe('en')
  })

  it('keeps a tiny page whole, and refuses a page with no text', () => {
    const [item] = htmlToFeed(parse('<html><head><title>Tiny</title></head><body><p>Hi.</p></body></html>'), 'tiny.html').items
    expect(item?.title).toBe('Tiny')
    expect(item?.contentHtml).toContain('<p>Hi.</p>')
    expect(() => htmlToFeed(parse('<html><head><title>Empty</title></head><body> </body></html>'), 'empty.html')).toThrow(
      expect.objectContaining({ code: 'no_items', message: '“empty.html” has no text to read.' }) as Error,
    )
  })
})
