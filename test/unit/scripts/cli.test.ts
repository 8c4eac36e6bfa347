import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'folio-cli-'))

/** Runs a CLI as `npm run -s` does; resolves with stdout, or with the exit code and stderr. */
async function cli(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8' })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('nmf CLI', () => {
  it('prints one JSON object with the contract’s fields, and the target error stops it early', async () => {
    const path = join(dir, 'm.mtx')
    const lines = ['%%MatrixMarket matrix coordinate real general', '6 5 12']
    for (let i = 1; i <= 6; i++) lines.push(`${i} ${(i % 5) + 1} ${i}`, `${i} ${((i + 2) % 5) + 1} 1.5`)
    writeFileSync(path, `${lines.join('\n')}\n`)
    const full = await cli('nmf', ['--mtx', path, '--k', '2', '--seed', '1'])
    expect(full.code).toBe(0)
    const result = JSON.parse(full.stdout) as Record<string, number>
    expect(Object.keys(result).sort()).toEqual(['cols', 'iterations', 'k', 'nnz', 'relativeError', 'rows', 'seconds'])
    expect(result).toMatchObject({ rows: 6, cols: 5, nnz: 12, k: 2 })
    const early = JSON.parse((await cli('nmf', ['--mtx', path, '--k', '2', '--seed', '1', '--target-error', '0.99'])).stdout) as Record<string, number>
    expect(early.iterations).toBe(1)
    expect(early.relativeError).toBeLessThanOrEqual(0.99)
  }, 30_000)

  it('exits non-zero with a message on bad input', async () => {
    const missing = await cli('nmf', ['--mtx', join(dir, 'none.mtx'), '--k', '2'])
    expect(missing).toMatchObject({ code: 1, stdout: '' })
    expect(missing.stderr).toMatch(/Cannot read .*none\.mtx/)
    const badK = await cli('nmf', ['--mtx', join(dir, 'none.mtx'), '--k', 'many'])
    expect(badK.stderr).toMatch(/--k must be a valid number/)
  }, 30_000)
})

describe('topics CLI', () => {
  it('answers for every item of a JSON Feed, with topics, weights and diversity', async () => {
    const words = [['whale', 'ship', 'harpoon', 'sea', 'captain'], ['tariff', 'congress', 'senate', 'treaty', 'court']]
    const items = Array.from({ length: 14 }, (_, i) => ({ id: `a${i}`, title: `Article ${i}`, content_html: `<p>${Array.from({ length: 30 }, (_, j) => words[i % 2]![(i + j) % 5]).join(' ')}</p>` }))
    items.push({ id: 'empty', title: 'Only a title', content_html: '' })
    const path = join(dir, 'feed.json')
    writeFileSync(path, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items }))
    const { code, stdout } = await cli('topics', ['--feed', path, '--k', '2'])
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as { topics: Array<{ id: number; label: string; terms: string[]; coherence: number }>; documents: Array<{ id: string; topic: number | null; weights: number[] }>; diversity: number; seconds: number }
    expect(result.topics).toHaveLength(2)
    expect(result.documents.map((document) => document.id)).toEqual([...items.map((item) => item.id)])
    expect(result.documents.find((document) => document.id === 'empty')).toMatchObject({ topic: null, weights: [0, 0] })
    expect(result.documents[0]!.topic).not.toBe(result.documents[1]!.topic)
    expect(result.diversity).toBeGreaterThan(0)
  }, 30_000)

  it('explains a file that is not a JSON Feed', async () => {
    const path = join(dir, 'bad.json')
    writeFileSync(path, '{"hello": 1}')
    const { code, stderr } = await cli('topics', ['--feed', path])
    expect(code).toBe(1)
    expect(stderr).toMatch(/not a JSON Feed/)
  }, 30_000)
})

describe('recommend CLI', () => {
  const words = [['whale', 'ship', 'harpoon', 'sea', 'captain', 'deck'], ['tariff', 'congress', 'senate', 'treaty', 'court', 'ballot']]
  const items = Array.from({ length: 16 }, (_, i) => ({
    id: `a${i}`,
    title: `Article ${i}`,
    date_published: new Date(Date.UTC(2020, 0, 1 + i)).toISOString(),
    tags: [i % 2 ? 'politics' : 'sea'],
    content_text: Array.from({ length: 40 }, (_, j) => words[i % 2]![(i + j * 5) % 6]).join(' '),
  }))
  const feedPath = join(dir, 'rec-feed.json')
  writeFileSync(feedPath, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Mixed', items }))
  const ann = [
    { id: 'a0', event: 'finish', at: '2026-11-20T10:00:00Z' },
    { id: 'a2', event: 'like', at: '2026-11-21T10:00:00Z' },
  ]
  const bob = [{ id: 'a1', event: 'finish', at: '2026-11-19T10:00:00Z' }] // before ann's last event: both runs share "now"

  it('answers one reader with {forYou, rows}, and a batch with the same answer per reader', async () => {
    const single = join(dir, 'ann.json')
    const batch = join(dir, 'batch.json')
    writeFileSync(single, JSON.stringify(ann))
    writeFileSync(batch, JSON.stringify({ ann, bob }))
    const one = await cli('recommend', ['--feed', feedPath, '--history', single, '--limit', '4'])
    expect(one.code).toBe(0)
    const alone = JSON.parse(one.stdout) as { forYou: string[]; rows: Array<{ title: string; slug: string; reason: string; items: string[] }> }
    expect(Object.keys(alone).sort()).toEqual(['forYou', 'rows']) // the app's stage and card reasons stay out
    expect(alone.forYou).toHaveLength(4)
    expect(alone.forYou.every((id) => Number(id.slice(1)) % 2 === 0)).toBe(true) // sea articles for a sea reader
    expect(alone.forYou).not.toContain('a0')
    for (const row of alone.rows) expect(Object.keys(row).sort()).toEqual(['items', 'reason', 'slug', 'title'])
    const many = JSON.parse((await cli('recommend', ['--feed', feedPath, '--history', batch, '--limit', '4'])).stdout) as { users: Record<string, unknown> }
    expect(Object.keys(many.users)).toEqual(['ann', 'bob'])
    expect(many.users.ann).toEqual(alone) // the whole answer: For you and every row
    expect((many.users.bob as { forYou: string[] }).forYou.every((id) => Number(id.slice(1)) % 2 === 1)).toBe(true)
  }, 60_000)

  it('explains a history it cannot read', async () => {
    const bad = join(dir, 'bad-history.json')
    writeFileSync(bad, JSON.stringify([{ id: 'a0', event: 'read', at: '2026-11-20T10:00:00Z' }]))
    const { code, stderr } = await cli('recommend', ['--feed', feedPath, '--history', bad])
    expect(code).toBe(1)
    expect(stderr).toMatch(/"event" must be one of open, finish, like, dislike, hide, save/)
  }, 60_000)
})
