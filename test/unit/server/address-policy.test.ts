import { BlockList } from 'node:net'
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

  it.each([['2606:4700:4700::1111'], ['2001:4860:4860::8888'], ['2a00:1450:4001:82b::200e']])(
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
