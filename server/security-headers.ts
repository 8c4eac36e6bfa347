import type { FastifyInstance } from 'fastify'

/**
 * No inline script anywhere: the build emits only external modules. Styles may be set from
 * script (Vue's style bindings); article images and feeds may come from any http(s) origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: http: data: blob:",
  "font-src 'self' https: data:",
  "connect-src 'self' https: http:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ')

/**
 * The topics worker's policy: the page's, plus 'wasm-unsafe-eval', which lets it compile Folio's
 * own WebAssembly kernels (src/ml/wasm, from the worker's own bundle) and nothing else: eval stays
 * refused, and no script may come from anywhere but this origin. A dedicated worker takes its
 * policy from its own response, so pages never get this exception.
 */
export const TOPICS_WORKER_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'")

/** The built topics worker (`assets/topics.worker-<hash>.js`), the one script that runs WebAssembly. */
export const TOPICS_WORKER_PATH = /\/assets\/topics\.worker-[A-Za-z0-9_-]+\.js$/

/**
 * For responses that carry someone else's content (the feed proxy): nothing in them may run,
 * load or be framed, even when opened directly on Folio's origin.
 */
export const UNTRUSTED_CONTENT_POLICY =
  "default-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'; sandbox"

/** Adds the CSP (unless a route set a stricter one) and the other hardening headers to every response. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    reply.header('X-Content-Type-Options', 'nosniff')
    reply.header('Referrer-Policy', 'no-referrer')
    reply.header('Cross-Origin-Opener-Policy', 'same-origin')
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
    return payload
  })
}
