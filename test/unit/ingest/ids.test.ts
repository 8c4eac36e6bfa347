import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { stableId } from '@/ingest/ids'

describe('stableId', () => {
  it('is 16 characters of URL-safe base64', async () => {
    for (const parts of [['a'], ['source', 'item'], [''], ['ü', '😀', 'a/b+c=d']]) {
      expect(await stableId(...parts)).toMatch(/^[A-Za-z0-9_-]{16}$/)
    }
  })

  it('is the first 96 bits of SHA-256 over the NUL-joined parts', async () => {
    const expected = createHash('sha256').update('feed\u0000https://example.com/a').digest().subarray(0, 12).toString('base64url')
    expect(await stableId('feed', 'https://example.com/a')).toBe(expected)
  })

  it('is deterministic', async () => {
    expect(await stableId('feed', 'item-1')).toBe(await stableId('feed', 'item-1'))
  })

  it('differs for different inputs', async () => {
    const ids = await Promise.all([
      stableId('feed', 'item-1'),
      stableId('feed', 'item-2'),
      stableId('sample', 'item-1'),
      stableId('feeditem-1'),
      stableId('feed', 'item-1', ''),
      stableId('item-1', 'feed'),
    ])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('produces URL-safe characters where plain base64 would have + or /', async () => {
    // Search a few inputs for ids whose standard base64 would contain + or /.
    let checked = 0
    for (let index = 0; index < 200 && checked < 3; index += 1) {
      const standard = createHash('sha256').update(String(index)).digest().subarray(0, 12).toString('base64')
      if (!/[+/]/.test(standard)) continue
      checked += 1
      expect(await stableId(String(index))).toBe(standard.replaceAll('+', '-').replaceAll('/', '_'))
    }
    expect(checked).toBe(3)
  })
})
