import { resolve } from 'node:path'
import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance } from 'fastify'
import { registerArticleDocuments } from './article-documents'
import { registerExtract } from './extract'
import { registerFetchProxy, type FetchProxyOptions } from './fetch-proxy'
import { FetchRefused, refuse } from './net/refusal'
import { DEFAULT_UPSTREAM_OPTIONS, UpstreamFetcher } from './net/upstream-fetch'
import { registerSecurityHeaders } from './security-headers'
import { registerStaticFiles } from './static-files'

/** How many upstream fetches one client (by IP) may ask for in a window. */
export interface FetchRateLimit {
  max: number
  timeWindowMs: number
}

export const DEFAULT_FETCH_RATE_LIMIT: Readonly<FetchRateLimit> = { max: 60, timeWindowMs: 60_000 } // 60 a minute

export interface ServerOptions {
  /** The production build to serve (vite's outDir). */
  distDir: string
  /** Where the sample JSON Feeds served under /samples/ live; `<distDir>/samples` by default. */
  samplesDir?: string
  /** Limits for `/api/fetch` and `/api/extract` (one object: `allowPrivateAddresses` covers both). */
  fetchProxy?: Partial<FetchProxyOptions>
  /** Per-client limit shared by `/api/fetch` and `/api/extract`; static files are not limited. */
  fetchRateLimit?: Partial<FetchRateLimit>
  logger?: boolean
}

/**
 * `/api/fetch` and `/api/extract` in their own plugin scope, so the rate limit (an onRequest hook:
 * a limited request never reaches upstream) and its `{error, message}` answer apply to them only.
 * One store keyed by client IP: both routes draw on the same budget, as each is a fetch on the client's behalf.
 */
async function registerUpstreamRoutes(app: FastifyInstance, upstream: UpstreamFetcher, limit: FetchRateLimit): Promise<void> {
  await app.register(async (api) => {
    await api.register(rateLimit, {
      max: limit.max,
      timeWindow: limit.timeWindowMs,
      errorResponseBuilder: (_request, context) =>
        new FetchRefused('rate_limited', `Too many fetches: try again in ${context.after}.`, context.statusCode),
    })
    api.setErrorHandler((error, _request, reply) => (error instanceof FetchRefused ? refuse(reply, error) : reply.send(error)))
    registerFetchProxy(api, upstream)
    registerExtract(api, upstream)
  })
}

/** Builds the Folio server without listening, so tests can start it on any port. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const distDir = resolve(options.distDir)
  const app = Fastify({ logger: options.logger ?? false })
  registerSecurityHeaders(app)
  const upstream = new UpstreamFetcher({ ...DEFAULT_UPSTREAM_OPTIONS, ...options.fetchProxy })
  app.addHook('onClose', () => upstream.close())
  await registerUpstreamRoutes(app, upstream, { ...DEFAULT_FETCH_RATE_LIMIT, ...options.fetchRateLimit })
  const samplesDir = resolve(options.samplesDir ?? `${distDir}/samples`)
  registerArticleDocuments(app, samplesDir)
  await registerStaticFiles(app, distDir, samplesDir)
  return app
}
