import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'

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
export async function registerStaticFiles(app: FastifyInstance, distDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: distDir,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, path: string) => {
      reply.header('Cache-Control', cacheControlFor(path))
      if (path.endsWith('.webmanifest')) reply.header('Content-Type', 'application/manifest+json')
    },
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
