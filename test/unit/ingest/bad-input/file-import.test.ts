// @vitest-environment jsdom
import { File as NodeFile } from 'node:buffer'
import { describe, expect, it, vi } from 'vitest'
import { IngestError } from '@/ingest/errors'
import { planImport, type ImportPlan } from '@/ingest/file-import'
import { MAX_IMPORT_BYTES } from '@/ingest/limits'
import { parseFeedText } from '@/ingest/formats/feed'
import { fixtureBytes, seededBytes } from './outcomes'
import { PROPERTY_TIMEOUT_MS } from '../../properties/guards'

/** jsdom's File has no arrayBuffer(); Node's does, and is what the importer reads. */
const file = (bytes: Uint8Array | string, name: string, type = ''): File => new NodeFile([bytes], name, { type }) as unknown as File

async function refusal(input: File): Promise<{ code: string; message: string }> {
  try {
    await planImport(input)
  } catch (error) {
    if (!(error instanceof IngestError)) throw error
    return { code: error.code, message: error.message }
  }
  throw new Error(`${input.name} was not refused`)
}

const MB = 1024 * 1024
const notReadable = (name: string) => ({
  code: 'unsupported_file',
  message: `“${name}” is not a format Folio reads. Import JSON Feed, RSS, Atom, OPML, HTML, Markdown or plain text files.`,
})

const outline = (n: number): string => `<outline text="Feed ${n}" title="Feed ${n}" type="rss" xmlUrl="https://feed${n}.example/rss" htmlUrl="https://feed${n}.example/"/>`
const opml = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>Export</title></head><body>${body}</body></opml>`

describe('importing bad files', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('refuses a file over 50 MB before reading it, saying how large it is', async () => {
    const big = file(new Uint8Array(MAX_IMPORT_BYTES + 1), 'archive.xml')
    const read = vi.spyOn(big, 'arrayBuffer')
    expect(await refusal(big)).toEqual({ code: 'unsupported_file', message: '“archive.xml” is 50.1 MB; Folio imports files of up to 50 MB.' })
    expect(read).not.toHaveBeenCalled()
    expect((await refusal(file(new Uint8Array(120 * MB), 'dump.json'))).message).toBe('“dump.json” is 120.0 MB; Folio imports files of up to 50 MB.')
  })

  it('reads a JSON Feed of exactly 50 MB, every item of it', async () => {
    const body = 'x'.repeat(4000)
    const head = '{"version":"https://jsonfeed.org/version/1.1","title":"Big","items":['
    const items: string[] = []
    let length = head.length + 2
    for (let n = 0; length + body.length + 60 < MAX_IMPORT_BYTES; n++) {
      const entry = `{"id":"${n}","content_text":"${body}"}`
      items.push(entry)
      length += entry.length + 1
    }
    const text = `${head}${items.join(',')}]}`
    const padded = text + ' '.repeat(MAX_IMPORT_BYTES - text.length) // JSON allows trailing whitespace
    expect(padded.length).toBe(MAX_IMPORT_BYTES)
    const plan = await planImport(file(padded, 'big.json'))
    if (plan.type !== 'job' || plan.job.type !== 'text') throw new Error('expected a feed to ingest')
    expect(parseFeedText(plan.job.text).items).toHaveLength(items.length)
  })

  it('refuses a single document too long to be one article (a 50 MB text file), with a clear message', async () => {
    const text = 'The tide came in. '.repeat(Math.floor((50 * MB) / 18))
    expect(await refusal(file(text, 'dump.txt'))).toEqual({
      code: 'unsupported_file',
      message: '“dump.txt” holds 50.0 MB of text, more than one article can hold (5 MB). Split it into smaller files.',
    })
    expect((await refusal(file(`# Notes\n\n${text.slice(0, 6 * MB)}`, 'notes.md'))).code).toBe('unsupported_file')
  })

  it.each([
    ['a PNG image', fixtureBytes('hostile/pixel.png'), 'pixel.png', 'image/png'],
    ['a PNG renamed .xml', fixtureBytes('hostile/pixel.png'), 'feed.xml', 'text/xml'],
    ['a gzipped feed', fixtureBytes('hostile/rss2-cdata-entities.xml.gz'), 'feed.xml.gz', 'application/gzip'],
    ['a gzipped feed renamed .xml', fixtureBytes('hostile/rss2-cdata-entities.xml.gz'), 'feed.xml', ''],
    ['random bytes', seededBytes(64 * 1024, 7), 'random.bin', 'application/octet-stream'],
    ['random bytes named .txt', seededBytes(64 * 1024, 8), 'notes.txt', 'text/plain'],
  ])('refuses %s as a format Folio does not read', async (_name, bytes, name, type) => {
    expect(await refusal(file(bytes, name, type))).toEqual(notReadable(name))
  })

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n\n  \r\n\t'],
    ['a byte-order mark and nothing else', '\uFEFF'],
  ])('says %s is empty', async (_name, text) => {
    expect(await refusal(file(text, 'feed.xml'))).toEqual({ code: 'no_items', message: '“feed.xml” is empty.' })
  })

  it('imports an OPML list of 10,000 feeds, in order, each once', async () => {
    const body = Array.from({ length: 10_000 }, (_, n) => outline(n)).join('\n')
    const plan: ImportPlan = await planImport(file(opml(body), 'subscriptions.opml'))
    if (plan.type !== 'subscriptions') throw new Error('expected subscriptions')
    expect(plan.subscriptions).toHaveLength(10_000)
    expect(plan.subscriptions[0]).toEqual({ title: 'Feed 0', xmlUrl: 'https://feed0.example/rss', htmlUrl: 'https://feed0.example/', categories: [] })
    expect(plan.subscriptions[9_999]?.xmlUrl).toBe('https://feed9999.example/rss')
  })

  it('imports 10,000 outlines in 100 folders, with every feed listed twice, as 5,000 feeds', async () => {
    const folders = Array.from({ length: 100 }, (_, f) => `<outline text="Folder ${f}">${Array.from({ length: 100 }, (_, n) => outline((f * 100 + n) % 5_000)).join('')}</outline>`)
    const plan = await planImport(file(opml(folders.join('')), 'folders.opml'))
    if (plan.type !== 'subscriptions') throw new Error('expected subscriptions')
    expect(plan.subscriptions).toHaveLength(5_000)
    expect(plan.subscriptions[4_999]?.categories).toEqual(['Folder 49']) // the first folder it appeared in
  })

  it.each([
    ['10,000 outlines none of which is a feed', opml('<outline text="Note"/>'.repeat(10_000)), 'This OPML file lists no feeds.'],
    ['outlines nested 200 deep', opml(`${'<outline text="f">'.repeat(200)}${outline(1)}${'</outline>'.repeat(200)}`), 'This OPML file is malformed: its XML could not be read.'],
    ['an export cut inside an outline', opml(outline(1)).slice(0, -20), 'This OPML file is malformed: its XML could not be read.'],
    ['an export cut between outlines', opml(outline(1) + outline(2)).replace('</body></opml>', ''), 'This OPML file is cut off: its XML ends before the list does (an interrupted download?).'],
  ])('refuses OPML with %s, saying why', async (_name, text, message) => {
    expect(await refusal(file(text, 'list.opml'))).toEqual({ code: 'not_opml', message })
  })

  it('reads a feed named .txt, and an OPML file in UTF-16, by their content', async () => {
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>1</guid><description>x</description></item></channel></rss>'
    expect(await planImport(file(rss, 'notes.txt', 'text/plain'))).toMatchObject({ type: 'job', job: { type: 'text', origin: 'file:notes.txt' } })
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(opml(outline(3)), (char) => char.charCodeAt(0)).buffer)])
    expect(await planImport(file(utf16, 'list.opml'))).toMatchObject({ type: 'subscriptions', subscriptions: [{ xmlUrl: 'https://feed3.example/rss' }] })
  })
})
