import { createServer } from 'node:http'
import type { BrowserContext, Page, Response } from '@playwright/test'
import type { Trap } from './vectors'

/** A server no article may ever reach: every request it gets is a hit. */
export interface Canary {
  origin: string
  /** Requests received, as "METHOD /path". */
  hits: string[]
  close(): Promise<void>
}

export async function startCanary(): Promise<Canary> {
  const hits: string[] = []
  const server = createServer((request, response) => {
    hits.push(`${request.method ?? 'GET'} ${request.url ?? '/'}`)
    response.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('canary')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('canary has no port')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Payload script and canary URL for one vector id (ids are `[a-z0-9-]`, safe in any quoting). */
export function trapFor(canary: Canary): Trap {
  return {
    js: (id) => `fetch('${canary.origin}/hit/${id}');top.__xss('${id}')`,
    canary: (id) => `${canary.origin}/hit/${id}`,
  }
}

/** Everything that would show a payload ran, collected from the whole browser context. */
export interface TrapRecord {
  /** Ids passed to `__xss`, with the frame they came from. */
  calls: string[]
  dialogs: string[]
  /** Requests the browser made (or tried, CSP-blocked ones included) to the canary. */
  canaryRequests: string[]
  /** Frames attached or navigated away from Folio's origin (an article has no frames). */
  frames: string[]
  popups: string[]
  /**
   * `securitypolicyviolation` events: something the CSP refused. Chromium also reports, against the
   * page, every inline handler, style and <base> parsed into an inert DOMParser document (DOMPurify's,
   * a restore's comparison), so under an enforced CSP these are evidence, not proof of a live payload.
   */
  cspViolations: string[]
}

/**
 * Exposes the trap in every frame of every page of `context` and listens for the other signs:
 * dialogs, popups, frames, requests to the canary and CSP violations. Call before the first page
 * loads anything.
 */
export async function installTraps(context: BrowserContext, page: Page, folioOrigin: string, canary: Canary): Promise<TrapRecord> {
  const record: TrapRecord = { calls: [], dialogs: [], canaryRequests: [], frames: [], popups: [], cspViolations: [] }
  await context.exposeBinding('__xss', ({ frame }, id: unknown) => void record.calls.push(`${String(id)} (in ${frame.url()})`))
  await context.exposeBinding('__xssCsp', (_source, violation: unknown) => void record.cspViolations.push(String(violation)))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __xssCsp?: (violation: string) => void }).__xssCsp
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`)
    })
  })
  context.on('request', (request) => {
    // The service worker's own fetches (its image cache) are marked: they stand for the page's request.
    if (request.url().startsWith(canary.origin)) record.canaryRequests.push(`${request.serviceWorker() ? 'service-worker ' : ''}${request.resourceType()} ${request.url()}`)
  })
  context.on('page', (opened) => {
    if (opened !== page) record.popups.push(opened.url())
  })
  page.on('dialog', (dialog) => {
    record.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('frameattached', (frame) => record.frames.push(`attached: ${frame.url() || frame.name() || 'a frame'}`))
  page.on('framenavigated', (frame) => {
    const url = frame.url()
    if (frame === page.mainFrame() ? !url.startsWith(folioOrigin) : url !== 'about:blank') record.frames.push(`navigated: ${url}`)
  })
  return record
}

/** The directives issue 6 requires on every response, and what script-src may hold. */
const REQUIRED = [
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
] as const
/** 'self' on pages; 'none' on proxied content; the topics worker adds 'wasm-unsafe-eval' (not eval, not inline). */
const ALLOWED_SCRIPT_SOURCES = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"])

/** What is wrong with a response's Content-Security-Policy, or null. Documents must have script-src 'self' exactly. */
export function cspProblem(policy: string | undefined, isDocument: boolean): string | null {
  if (!policy) return 'no Content-Security-Policy'
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name?.toLowerCase() ?? '', sources]),
  )
  const script = directives.get('script-src')
  if (!script) return `no script-src in "${policy}"`
  if (script.some((source) => !ALLOWED_SCRIPT_SOURCES.has(source))) return `script-src allows ${script.join(' ')}`
  if (isDocument && script.join(' ') !== "'self'") return `a document's script-src is ${script.join(' ')}, not 'self'`
  for (const [name, value] of REQUIRED) {
    if (directives.get(name)?.join(' ') !== value) return `${name} is not ${value} in "${policy}"`
  }
  return null
}

/** Checks the CSP of every response from `origin` in the context, pages' and service worker's alike. */
export function recordCsp(context: BrowserContext, origin: string): { checked: () => Promise<{ responses: number; documents: number; fromServiceWorker: number; problems: string[] }> } {
  const pending: Array<Promise<void>> = []
  const problems: string[] = []
  let responses = 0
  let documents = 0
  let fromServiceWorker = 0
  const check = async (response: Response): Promise<void> => {
    const isDocument = response.request().resourceType() === 'document'
    const headers = await response.allHeaders().catch(() => null)
    if (!headers) return // the page closed first
    responses += 1
    if (isDocument) documents += 1
    if (response.fromServiceWorker()) fromServiceWorker += 1
    const problem = cspProblem(headers['content-security-policy'], isDocument)
    const via = response.fromServiceWorker() ? ' (from the service worker)' : ''
    if (problem) problems.push(`${response.status()} ${response.url()}${via}: ${problem}`)
  }
  context.on('response', (response) => {
    if (response.url().startsWith(origin)) pending.push(check(response))
  })
  return {
    async checked() {
      await Promise.all(pending)
      return { responses, documents, fromServiceWorker, problems }
    },
  }
}

/**
 * Runs in the page: what is left in the DOM that could run script or load something it should
 * not; empty when the page is clean. Given `html`, checks that markup instead, parsed (inertly)
 * as an article body: the calibration test uses it to show the check sees every vector that runs.
 * Self-contained (it is serialized into the page).
 */
export function liveRemnants(html?: string): string[] {
  const page = html === undefined
  const root = page ? document : new DOMParser().parseFromString(`<div class="article-body">${html}</div>`, 'text/html')
  const problems: string[] = []
  const describe = (element: Element): string => `<${element.tagName.toLowerCase()}>${element.closest('.article-body') ? ' in an article body' : ''} on ${location.pathname}`
  const SCRIPT_URL = /^(?:javascript|vbscript|livescript|mocha):/i
  const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'lowsrc', 'dynsrc', 'cite', 'to', 'values', 'from', 'by', 'codebase', 'archive', 'longdesc', 'usemap', 'icon', 'manifest', 'ping'])
  const RUNNING_TAGS = 'script, iframe, frame, frameset, object, embed, applet, base, meta, link, style, form, svg, math, template, noscript, input, button, textarea, select, keygen, isindex'
  const all = (selector: string): Element[] => [...Document.prototype.querySelectorAll.call(root, selector)] // not root's own: it may be clobbered
  for (const element of all('*')) {
    const inArticle = !page || element.closest('.article-body') !== null
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase()
      const value = attribute.value.replace(/[\u0000-\u0020]/g, '')
      if (name.startsWith('on')) problems.push(`${describe(element)} has ${name}`)
      else if (name === 'srcdoc' || name === 'ping' || name === 'formaction' || (inArticle && name === 'background')) problems.push(`${describe(element)} has ${name}`)
      else if ((URL_ATTRIBUTES.has(name) || name.endsWith(':href')) && (SCRIPT_URL.test(value) || (/^data:/i.test(value) && (inArticle || !/^data:image\/(?!svg)/i.test(value))))) {
        problems.push(`${describe(element)} has ${name}="${attribute.value.slice(0, 40)}"`)
      } else if (inArticle && name === 'style') problems.push(`${describe(element)} has a style attribute`)
      else if (inArticle && /^(v-|:|@)/.test(name)) problems.push(`${describe(element)} has ${name}`)
    }
  }
  for (const element of all(`:is(.article-body, body) :is(${RUNNING_TAGS})`)) {
    if (!page || element.closest('.article-body')) problems.push(`${describe(element)} survived`)
  }
  if (page) {
    for (const element of all('base, meta[http-equiv], iframe, frame, object, embed')) problems.push(`${describe(element)} in the page`)
    for (const script of all('script')) {
      const src = script.getAttribute('src')
      if (!src || new URL(src, location.href).origin !== location.origin) problems.push(`a script that is not Folio's: ${script.outerHTML.slice(0, 80)}`)
    }
    if (typeof document.getElementById !== 'function' || typeof document.querySelector !== 'function') problems.push('document methods are clobbered')
  }
  return problems
}

/**
 * Runs in the page: pokes every element of the article body the way a reader (or a bot) might —
 * pointer, focus, click, toggle — and fires the events inline handlers would listen for. Buttons
 * and forms act normally; links do not navigate (Folio opens them in new tabs; their URLs are
 * checked by `liveRemnants`). With `inFrames`, pokes the article body of each same-origin frame
 * instead, links included: the calibration page, where a `javascript:` link shows it is live.
 * Resolves after a frame and a short pause, so asynchronous events (toggle, error) have fired.
 */
export async function pokeArticle(inFrames = false): Promise<number> {
  const documents = inFrames
    ? [...document.querySelectorAll('iframe')].flatMap((frame) => {
        try {
          return frame.contentDocument ? [frame.contentDocument] : []
        } catch {
          return [] // navigated to another origin
        }
      })
    : [document]
  const TYPES = ['mouseover', 'mouseenter', 'mousemove', 'pointerover', 'pointerdown', 'focusin', 'keydown', 'input', 'change', 'toggle', 'error', 'load', 'loadstart', 'begin', 'start', 'animationstart', 'transitionend', 'submit', 'pageshow']
  const stopLinks = (event: Event): void => {
    const target = event.target as Partial<Element> | null
    if (target?.closest?.('a, area')) event.preventDefault()
  }
  let poked = 0
  // Prototype methods: hostile names (`<form name="querySelector">`) shadow a document's own.
  const query = (doc: Document, selector: string): Element | null => Document.prototype.querySelector.call(doc, selector)
  const listen = (doc: Document, add: boolean): void => {
    if (add) EventTarget.prototype.addEventListener.call(doc, 'click', stopLinks, true)
    else EventTarget.prototype.removeEventListener.call(doc, 'click', stopLinks, true)
  }
  for (const doc of documents) {
    const body = query(doc, '.article-body')
    if (!body) continue
    if (!inFrames) listen(doc, true)
    const elements = [body, ...Element.prototype.querySelectorAll.call(body, '*')]
    for (const element of elements) {
      for (const type of TYPES) element.dispatchEvent(new Event(type))
      if ('focus' in element && typeof element.focus === 'function') element.focus()
      element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
      if (element.tagName === 'DETAILS') element.toggleAttribute('open')
    }
    poked += elements.length
  }
  window.scrollTo(0, document.documentElement.scrollHeight)
  // A frame (offscreen ones are throttled), or a pause when no frame comes.
  await new Promise((resolve) => {
    requestAnimationFrame(resolve)
    setTimeout(resolve, 100)
  })
  await new Promise((resolve) => setTimeout(resolve, 50))
  for (const doc of documents) listen(doc, false)
  return poked
}
