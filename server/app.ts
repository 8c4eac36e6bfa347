import { resolve } from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import { registerArticleDocuments } from './article-documents'
import { registerExtract } from './extract'
import { registerFetchProxy, type FetchProxyOptions } from './fetch-proxy'
import { DEFAULT_UPSTREAM_OPTIONS } from './net/upstream-fetch'
import { registerSecurityHeaders } from './security-headers'
import { registerStaticFiles } from './static-files'

export interface ServerOptions {
  /** The production build to serve (vite's outDir). */
  distDir: string
  /** Where the sample JSON Feeds served under /samples/ live; `<distDir>/samples` by default. */
  samplesDir?: string
  /** Limits for `/api/fetch` and `/api/extract` (one object: `allowPrivateAddresses` covers both). */
  fetchProxy?: Partial<FetchProxyOptions>
  logger?: boolean
}

/** Builds the Folio server without listening, so tests can start it on any port. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const distDir = resolve(options.distDir)
  const app = Fastify({ logger: options.logger ?? false })
  registerSecurityHeaders(app)
  const fetchOptions = { ...DEFAULT_UPSTREAM_OPTIONS, ...options.fetchProxy }
  registerFetchProxy(app, fetchOptions)
  registerExtract(app, fetchOptions)
  const samplesDir = resolve(options.samplesDir ?? `${distDir}/samples`)
  registerArticleDocuments(app, samplesDir)
  await registerStaticFiles(app, distDir, samplesDir)
  return app
}
