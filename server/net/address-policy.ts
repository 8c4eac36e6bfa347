import { BlockList, isIP } from 'node:net'

/**
 * IPv4 ranges the server must never fetch from on a visitor's behalf (IANA's special-purpose
 * registry, minus the few ranges it marks globally reachable: AS112 and AMT relays).
 */
const blockedV4 = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", includes the unspecified 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata lives here
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // TEST-NET-1
  ['192.88.99.0', 24], // deprecated 6to4 relay anycast
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // TEST-NET-2
  ['203.0.113.0', 24], // TEST-NET-3
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes broadcast 255.255.255.255
] as const) {
  blockedV4.addSubnet(network, prefix, 'ipv4')
}

/**
 * IPv6 ranges refused inside global unicast (2000::/3). Everything outside 2000::/3 is refused
 * anyway: loopback, unspecified, IPv4-compatible and -translated, discard-only, local-use NAT64,
 * ULA fc00::/7, link-local fe80::/10, site-local fec0::/10, multicast ff00::/8 and unassigned space.
 * A separate list from IPv4: Node's BlockList checks IPv4 addresses against IPv6 rules too.
 */
const blockedV6 = new BlockList()
for (const [network, prefix] of [
  ['2001::', 23], // IETF protocol assignments: Teredo 2001::/32, benchmarking, ORCHID
  ['2001:db8::', 32], // documentation
  ['3fff::', 20], // documentation (RFC 9637)
] as const) {
  blockedV6.addSubnet(network, prefix, 'ipv6')
}

/** The 16 bytes of a valid IPv6 literal (no zone), including a dotted IPv4 tail. */
function ipv6Bytes(address: string): Uint8Array {
  let text = address.toLowerCase()
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const groups = (part: string | undefined): string[] => (part ? part.split(':') : [])
  const headGroups = groups(head)
  const tailGroups = groups(tail)
  const all = tail === undefined ? headGroups : [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
  const bytes = new Uint8Array(16)
  all.forEach((group, index) => {
    const value = parseInt(group, 16)
    bytes[index * 2] = value >> 8
    bytes[index * 2 + 1] = value & 0xff
  })
  return bytes
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, index) => bytes[index] === byte)
const v4At = (bytes: Uint8Array, offset: number): string => Array.from(bytes.subarray(offset, offset + 4)).join('.')

const MAPPED = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff] // ::ffff:0:0/96
const NAT64 = [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0] // 64:ff9b::/96, well-known NAT64 prefix
const SIX_TO_FOUR = [0x20, 0x02] // 2002::/16

function isPublicV4(address: string): boolean {
  return !blockedV4.check(address, 'ipv4')
}

function isPublicV6(address: string): boolean {
  const bytes = ipv6Bytes(address)
  // Addresses that carry an IPv4 address reach that address: judge the IPv4 address inside.
  if (startsWith(bytes, MAPPED) || startsWith(bytes, NAT64)) return isPublicV4(v4At(bytes, 12))
  if (startsWith(bytes, SIX_TO_FOUR)) return isPublicV4(v4At(bytes, 2))
  if ((bytes[0]! & 0xe0) !== 0x20) return false // outside global unicast 2000::/3
  const canonical = Array.from({ length: 8 }, (_, index) => ((bytes[index * 2]! << 8) | bytes[index * 2 + 1]!).toString(16)).join(':')
  return !blockedV6.check(canonical, 'ipv6')
}

/**
 * True when `address` (a literal IP as DNS or a URL gives it, no brackets) is a public unicast
 * address the server may connect to; false for anything else, including non-literals and scoped
 * (`%zone`) addresses, which only make sense on a local link.
 */
export function isPublicAddress(address: string): boolean {
  if (address.includes('%')) return false
  const family = isIP(address)
  if (family === 4) return isPublicV4(address)
  if (family === 6) return isPublicV6(address)
  return false
}
