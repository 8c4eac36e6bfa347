import { join } from 'node:path'
import fastifyStatic, { type SetHeadersResponse } from '@fastify/static'
import { TOPICS_WORKER_PATH, TOPICS_WORKER_POLICY } from './security-headers'
import type { FastifyInstance } from 'fastify'

const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

/** Vite puts content-hashed files under /assets/; nothing else may be cached without asking. */
export function cacheControlFor(path: string): string {
  const normalized = path.replaceAll('\\', '/')
  return /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.\w+$/.test(normalized) ? IMMUTABLE : REVALIDATE
}

/** Paths that are data or APIs: they never fall back to the app's index.html. */
const DATA_PATH = /^\/(api|samples|articles|assets)\//

/**
 * Serves the production build. sw.js, the manifest and index.html revalidate on every load so an
 * update is seen at once; hashed assets are immutable; every other GET that wants HTML gets
 * index.html so deep links work on a cold load.
 */
export async function registerStaticFiles(app: FastifyInstance, distDir: string, samplesDir: string): Promise<void> {
  const setHeaders = (response: SetHeadersResponse, path: string): void => {
    response.setHeader('Cache-Control', cacheControlFor(path))
    if (path.endsWith('.webmanifest')) response.setHeader('Content-Type', 'application/manifest+json')
    if (TOPICS_WORKER_PATH.test(path.replace(/\\/g, '/'))) response.setHeader('Content-Security-Policy', TOPICS_WORKER_POLICY)
  }
  await app.register(fastifyStatic, { root: distDir, cacheControl: false, setHeaders })
  // The sample feeds may live outside the build (tests edit a copy of them).
  await app.register(fastifyStatic, {
    root: samplesDir,
    prefix: '/samples/',
    decorateReply: false,
    cacheControl: false,
    preCompressed: true, // the sample builder writes .br and .gz siblings
    setHeaders,
  })

  app.setNotFoundHandler(async (request, reply) => {
    const wantsHtml = (request.headers.accept ?? '').includes('text/html')
    if ((request.method === 'GET' || request.method === 'HEAD') && wantsHtml && !DATA_PATH.test(request.url)) {
      reply.header('Cache-Control', REVALIDATE)
      return reply.sendFile('index.html', distDir)
    }
    return reply.code(404).send({ error: 'not_found', message: `Nothing at ${request.url}` })
  })
}

export const indexHtmlPath = (distDir: string): string => join(distDir, 'index.html')
