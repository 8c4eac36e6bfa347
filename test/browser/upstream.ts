import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

/** What the upstream answers for one path; tests change it between requests. */
export interface UpstreamRoute {
  type: string
  body: string | Buffer
  /** Never answer (a hanging network). */
  hang?: boolean
  /** Answer with this status instead of 200 (a site that is down). */
  status?: number
  /** CORS header for the page's own fetches; images are served without it (opaque). */
  cors?: boolean
  /** Strong validator: a request carrying it in If-None-Match gets 304 Not Modified. */
  etag?: string
}

export interface Upstream {
  origin: string
  routes: Map<string, UpstreamRoute>
  hits: Map<string, number>
  /** Requests answered 304 Not Modified, by path. */
  notModified: Map<string, number>
  close(): Promise<void>
}

/** A plain origin on another port: cross-origin images and third-party feeds. */
export async function startUpstream(): Promise<Upstream> {
  const routes = new Map<string, UpstreamRoute>()
  const hits = new Map<string, number>()
  const notModified = new Map<string, number>()
  const hanging: ServerResponse[] = []
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://upstream').pathname
    hits.set(path, (hits.get(path) ?? 0) + 1)
    const route = routes.get(path)
    if (!route) {
      response.writeHead(404).end()
      return
    }
    if (route.hang) {
      hanging.push(response)
      return
    }
    const headers: Record<string, string> = { 'content-type': route.type, 'cache-control': 'no-store' }
    if (route.cors) headers['access-control-allow-origin'] = '*'
    if (route.etag) {
      headers.etag = route.etag
      if (request.headers['if-none-match'] === route.etag) {
        notModified.set(path, (notModified.get(path) ?? 0) + 1)
        response.writeHead(304, headers).end()
        return
      }
    }
    response.writeHead(route.status ?? 200, headers).end(route.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('upstream has no port')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    routes,
    hits,
    notModified,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
