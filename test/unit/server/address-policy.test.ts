import { BlockList } from 'node:net'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isPublicAddress } from '../../../server/net/address-policy'

describe('isPublicAddress: IPv4 ranges that must never be fetched', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback, top of 127/8'],
    ['10.0.0.1', '10/8'],
    ['10.255.255.255', '10/8, last address'],
    ['172.16.0.1', '172.16/12, first block'],
    ['172.31.255.254', '172.16/12, last block'],
    ['192.168.1.1', '192.168/16'],
    ['100.64.0.1', 'CGNAT 100.64/10, first'],
    ['100.127.255.254', 'CGNAT 100.64/10, last'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'this network 0/8'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast, SSDP'],
    ['240.0.0.1', 'reserved 240/4'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.10', 'TEST-NET-1'],
    ['198.51.100.10', 'TEST-NET-2'],
    ['203.0.113.10', 'TEST-NET-3'],
    ['198.18.0.1', 'benchmarking 198.18/15'],
    ['192.0.0.8', 'IETF protocol assignments 192.0.0/24'],
    ['192.88.99.1', 'deprecated 6to4 relay anycast'],
    ['198.19.255.255', 'benchmarking, top of 198.18/15'],
  ])('%s (%s) is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false)
  })
})

describe('isPublicAddress: IPv6 ranges that must never be fetched', () => {
  it.each([
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['febf:ffff::1', 'link-local, top of fe80::/10'],
    ['FE80::abcd', 'link-local, upper case'],
    ['fc00::1', 'unique local, fc00::/7'],
    ['fd12:3456:789a::1', 'unique local, fd00::/8'],
    ['ff02::1', 'multicast'],
    ['ff0e::101', 'global multicast'],
    ['2001:db8::1', 'documentation'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback, dotted form'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex form'],
    ['::FFFF:7F00:1', 'IPv4-mapped loopback, hex form, upper case'],
    ['0:0:0:0:0:ffff:7f00:1', 'IPv4-mapped loopback, uncompressed'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped link-local (169.254.169.254), hex form'],
    ['::7f00:1', 'deprecated IPv4-compatible loopback'],
    ['::ffff:0:7f00:1', 'IPv4-translated loopback'],
    ['fec0::1', 'deprecated site-local'],
    ['64:ff9b::127.0.0.1', 'NAT64 of loopback'],
    ['64:ff9b::a00:1', 'NAT64 of 10.0.0.1'],
    ['64:ff9b:1::808:808', 'local-use NAT64 64:ff9b:1::/48'],
    ['2002:7f00:1::1', '6to4 wrapping loopback'],
    ['2002:c0a8:101::1', '6to4 wrapping 192.168.1.1'],
    ['2002:a9fe:a9fe::', '6to4 wrapping the metadata address'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo 2001::/32'],
    ['2001:2::1', 'benchmarking 2001:2::/48'],
    ['3fff::1', 'documentation 3fff::/20'],
    ['100::1', 'discard-only 100::/64'],
    ['::127.0.0.1', 'IPv4-compatible, dotted form'],
    ['::8.8.8.8', 'IPv4-compatible, even of a public address (deprecated, never routed)'],
    ['4000::1', 'unassigned, outside 2000::/3'],
    ['fe80::1%eth0', 'link-local with a zone'],
  ])('%s (%s) is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false)
  })
})

describe('isPublicAddress: strings that are not IP literals', () => {
  it.each(['localhost', '', 'example.com', '1.2.3', '256.1.1.1', '[::1]', '127.0.0.1:80', ' 8.8.8.8'])(
    '%j is refused',
    (value) => {
      expect(isPublicAddress(value)).toBe(false)
    },
  )
})

describe('isPublicAddress: public addresses', () => {
  it.each([
    ['8.8.8.8'],
    ['1.1.1.1'],
    ['93.184.215.14'],
    ['100.63.255.255'], // just below CGNAT
    ['100.128.0.0'], // just above CGNAT
    ['172.15.255.255'], // just below 172.16/12
    ['172.32.0.0'], // just above 172.16/12
    ['223.255.255.254'], // just below multicast
  ])('IPv4 %s is public', (address) => {
    expect(isPublicAddress(address)).toBe(true)
  })

  it.each([
    ['2606:4700:4700::1111'],
    ['2001:4860:4860::8888'],
    ['2a00:1450:4001:82b::200e'],
    ['2001:200::1'], // just above 2001::/23
    ['64:ff9b::808:808'], // NAT64 of a public address: what DNS64 answers on IPv6-only hosts
    ['64:ff9b::8.8.8.8'],
    ['2002:808:808::1'], // 6to4 of a public address
    ['::ffff:8.8.8.8'],
  ])(
    'IPv6 %s is public',
    (address) => {
      expect(isPublicAddress(address)).toBe(true)
    },
  )
})

describe("Node's BlockList, which the policy relies on", () => {
  it('matches the hex form of an IPv4-mapped address against IPv4 rules', () => {
    const list = new BlockList()
    list.addSubnet('127.0.0.0', 8, 'ipv4')
    expect(list.check('::ffff:7f00:1', 'ipv6')).toBe(true)
    expect(list.check('::ffff:808:808', 'ipv6')).toBe(false)
  })

  it('also matches every plain IPv4 address against an IPv6 rule for ::ffff:0:0/96', () => {
    // Why a ::ffff:0:0/96 entry in an IPv6 blocklist blocks the whole IPv4 internet.
    const list = new BlockList()
    list.addSubnet('::ffff:0:0', 96, 'ipv6')
    expect(list.check('8.8.8.8', 'ipv4')).toBe(true)
  })
})

/** An oracle in another form: the refused IPv4 ranges as integer intervals, checked arithmetically. */
const REFUSED_V4: Array<[string, number]> = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
]
const toNumber = (address: string): number => address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0)
const oracleV4 = (address: string): boolean =>
  !REFUSED_V4.some(([network, prefix]) => Math.floor(toNumber(address) / 2 ** (32 - prefix)) === Math.floor(toNumber(network) / 2 ** (32 - prefix)))
const hexPair = (address: string): string => {
  const [a, b, c, d] = address.split('.').map(Number) as [number, number, number, number]
  return `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
}

/** All eight groups of a canonical (WHATWG-serialized, so hex-only) IPv6 address. */
function expand(canonical: string): string {
  const [head = '', tail] = canonical.split('::')
  if (tail === undefined) return canonical
  const groups = (part: string): string[] => (part ? part.split(':') : [])
  const missing = 8 - groups(head).length - groups(tail).length
  return [...groups(head), ...Array<string>(missing).fill('0'), ...groups(tail)].join(':')
}

describe('isPublicAddress on random addresses (fast-check)', () => {
  const v4 = fc.oneof(fc.ipV4(), fc.constantFrom(...REFUSED_V4.map(([network]) => network)), fc.constantFrom('8.8.8.8', '255.255.255.255'))

  it('agrees with the integer oracle on IPv4', () => {
    fc.assert(fc.property(v4, (address) => isPublicAddress(address) === oracleV4(address)), { numRuns: 5000 })
  })

  it('judges an IPv4 address the same inside mapped, NAT64 and 6to4 IPv6 addresses', () => {
    fc.assert(
      fc.property(v4, (address) => {
        const verdict = isPublicAddress(address)
        return [`::ffff:${address}`, `::ffff:${hexPair(address)}`, `64:ff9b::${address}`, `64:ff9b::${hexPair(address)}`, `2002:${hexPair(address)}::1`]
          .every((embedded) => isPublicAddress(embedded) === verdict)
      }),
      { numRuns: 2000 },
    )
  })

  it('judges an IPv6 address the same however it is spelled, and refuses all outside 2000::/3', () => {
    fc.assert(
      fc.property(fc.ipV6(), (address) => {
        const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1)
        const verdict = isPublicAddress(address)
        const expanded = expand(canonical)
        const firstGroup = parseInt(expanded.split(':')[0] || '0', 16)
        const carriesV4 = /^(0:){5}ffff:|^64:ff9b:(0:){4}/.test(expanded)
        if (!carriesV4 && (firstGroup & 0xe000) !== 0x2000 && verdict) return false
        return isPublicAddress(canonical) === verdict && isPublicAddress(expanded) === verdict && isPublicAddress(address.toUpperCase()) === verdict
      }),
      { numRuns: 5000 },
    )
  })
})
