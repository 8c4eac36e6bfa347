/** Query parameters that only track where a click came from; two links differing in them are one page. */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref_src|_hsenc|_hsmi)$/i

/**
 * The form of a link used to tell whether two items are the same article: no fragment, no
 * tracking parameters, no trailing slash, `http` and `https` alike. Null for what is not a web link.
 */
export function canonicalUrl(raw: string | null): string | null {
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  url.hash = ''
  for (const name of [...url.searchParams.keys()]) if (TRACKING.test(name)) url.searchParams.delete(name)
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : ''
  const host = url.hostname.replace(/^www\./, '')
  return `${host}${url.port ? `:${url.port}` : ''}${path}${url.search}`
}
