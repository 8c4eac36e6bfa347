import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer } from '../../../server/app'

const BODY = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Big', items: [], padding: 'x'.repeat(20_000) })

let distDir: string
let app: FastifyInstance

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'folio-dist-'))
  await mkdir(join(distDir, 'samples'))
  await writeFile(join(distDir, 'index.html'), '<!doctype html><title>t</title>')
  await writeFile(join(distDir, 'samples', 'big.json'), BODY)
  await writeFile(join(distDir, 'samples', 'big.json.gz'), gzipSync(BODY))
  app = await buildServer({ distDir })
})

afterAll(async () => {
  await app.close()
  await rm(distDir, { recursive: true, force: true })
})

describe('pre-compressed sample feeds', () => {
  it('sends the gzip sibling to a client that accepts it', async () => {
    const response = await app.inject({ url: '/samples/big.json', headers: { 'accept-encoding': 'gzip' } })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(response.headers['content-type']).toContain('application/json')
    expect(gunzipSync(response.rawPayload).toString()).toBe(BODY)
    expect(response.rawPayload.length).toBeLessThan(BODY.length / 10)
  })

  it('sends the plain file to a client that does not', async () => {
    const response = await app.inject({ url: '/samples/big.json', headers: { 'accept-encoding': 'identity' } })
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.body).toBe(BODY)
  })
})
