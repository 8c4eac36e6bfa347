import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import { FetchRefused, privateAddress } from './refusal'

/** Resolves a host name to its IP addresses. Injectable so tests can play DNS (and DNS rebinding). */
export type Resolve = (hostname: string) => Promise<string[]>

/** Whether the server may connect to a literal IP address. */
export type AddressPolicy = (address: string) => boolean

/** What decides where the server may connect: the address policy and the resolver it judges. */
export interface TargetGuard {
  isAllowed: AddressPolicy
  resolve: Resolve
}

/** The system resolver (getaddrinfo, so /etc/hosts counts), every address, in the order given. */
export const resolveWithDns: Resolve = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address }) => address)

/**
 * Resolves `hostname` (brackets allowed) and returns its addresses only when the guard allows every
 * one: a name with one private address among public ones is refused, since the connection may
 * pick any of them. An IP literal is judged as it is, without asking the resolver.
 */
export async function resolveChecked(hostname: string, guard: TargetGuard): Promise<string[]> {
  const host = hostname.replace(/^\[(.*)\]$/, '$1')
  if (isIP(host)) {
    if (!guard.isAllowed(host)) throw privateAddress()
    return [host]
  }
  const unresolved = new FetchRefused('dns', `Could not resolve ${host}.`, 502)
  const addresses = await guard.resolve(host).catch(() => {
    throw unresolved
  })
  if (addresses.length === 0) throw unresolved
  if (!addresses.every((address) => guard.isAllowed(address))) throw privateAddress()
  return addresses
}

/** Parses `raw` (relative to `base` for a redirect's Location) and refuses other schemes and credentials. */
export function parseTarget(raw: string, base?: URL): URL {
  let url: URL
  try {
    url = new URL(raw, base)
  } catch {
    throw new FetchRefused('bad_url', 'That is not a valid URL.')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefused('bad_scheme', 'Only http and https URLs can be fetched.')
  }
  if (url.username || url.password) throw new FetchRefused('credentials', 'URLs with credentials are refused.')
  return url
}

/**
 * Checks scheme, credentials and the resolved addresses of `raw` before any connection, for a clear
 * refusal early. The guarantee is the pinned connector, which checks again the address it connects to.
 */
export async function checkTarget(raw: string, guard: TargetGuard, base?: URL): Promise<URL> {
  const url = parseTarget(raw, base)
  await resolveChecked(url.hostname, guard)
  return url
}
