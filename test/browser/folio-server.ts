import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildServer } from '../../server/app'
import { DIST_A } from './paths'

export interface RunningFolio {
  origin: string
  port: number
  /** Sample feeds of this server only, safe to edit in a test. */
  samplesDir: string
  /** Every request the server received, as "METHOD /path". */
  requests: string[]
  close(): Promise<void>
}

export interface FolioOptions {
  distDir?: string
  port?: number
  samplesDir?: string
  allowPrivateAddresses?: boolean
  /** Offer the whole built sample library (371 more articles); by default only the welcome feed. */
  fullSampleLibrary?: boolean
}

/** Starts the real production server on 127.0.0.1 with its own copy of the sample feeds. */
export async function startFolio(options: FolioOptions = {}): Promise<RunningFolio> {
  const distDir = options.distDir ?? DIST_A
  const ownSamples = !options.samplesDir
  const samplesDir = options.samplesDir ?? (await mkdtemp(join(tmpdir(), 'folio-samples-')))
  if (ownSamples) {
    await cp(join(distDir, 'samples'), samplesDir, { recursive: true })
    if (!options.fullSampleLibrary) {
      const catalog = { version: 1, feeds: [{ url: '/samples/welcome.json', title: 'Folio sample library' }] }
      await writeFile(join(samplesDir, 'index.json'), JSON.stringify(catalog))
    }
  }
  const app = await buildServer({
    distDir,
    samplesDir,
    fetchProxy: { allowPrivateAddresses: options.allowPrivateAddresses ?? false },
  })
  const requests: string[] = []
  app.addHook('onRequest', (request, _reply, done) => {
    requests.push(`${request.method} ${request.url}`)
    done()
  })
  await app.listen({ host: '127.0.0.1', port: options.port ?? 0 })
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('server has no port')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    port: address.port,
    samplesDir,
    requests,
    async close() {
      await app.close()
      if (ownSamples) await rm(samplesDir, { recursive: true, force: true })
    },
  }
}
