import type { LookupAddress } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'
import { Agent, buildConnector } from 'undici'
import { resolveChecked, type TargetGuard } from './guard'
import { FetchRefused, privateAddress } from './refusal'

/**
 * A `net.connect` lookup that resolves through the guard and hands back only addresses it has
 * just allowed: the socket connects to exactly what was checked, so no second, unchecked DNS
 * answer (DNS rebinding) can slip in between the check and the connection.
 */
function pinnedLookup(guard: TargetGuard): LookupFunction {
  return (hostname, options, callback) => {
    resolveChecked(hostname, guard).then(
      (addresses) => {
        const entries: LookupAddress[] = addresses
          .map((address) => ({ address, family: isIP(address) }))
          .filter(({ family }) => !options.family || family === options.family)
        const first = entries[0]
        if (!first) callback(new FetchRefused('dns', `No usable address for ${hostname}.`, 502), '')
        else if (options.all) callback(null, entries)
        else callback(null, first.address, first.family)
      },
      (error: Error) => callback(error, ''),
    )
  }
}

/**
 * The undici dispatcher for every upstream fetch. Host names go through `pinnedLookup`; IP
 * literals never reach a lookup (`net.connect` connects to them directly), so the connector
 * judges them itself before opening a socket. Redirects are the caller's: undici's `request`
 * follows none unless asked.
 */
export function createPinnedAgent(guard: TargetGuard, connectTimeoutMs: number): Agent {
  const connectOverLookup = buildConnector({ lookup: pinnedLookup(guard), timeout: connectTimeoutMs })
  return new Agent({
    connect(options, callback) {
      // undici hands IPv6 literals over without brackets.
      if (isIP(options.hostname) && !guard.isAllowed(options.hostname)) callback(privateAddress(), null)
      else connectOverLookup(options, callback)
    },
  })
}
