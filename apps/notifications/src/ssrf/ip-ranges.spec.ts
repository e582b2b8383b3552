import { blockedReason } from './ip-ranges';

describe('blockedReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'unique local (private)'],
    ['fd12:3456::1', 'unique local (private)'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local (cloud metadata)'],
    ['::ffff:a9fe:a9fe', 'link-local (cloud metadata)'],
    ['::127.0.0.1', 'IPv4-compatible IPv6 (embedding loopback 127.0.0.1)'],
    ['[::1]', 'loopback'],
    ['fe80::1%eth0', 'link-local'],
  ])('blocks %s (%s)', (ip, reason) => {
    expect(blockedReason(ip)).toBe(reason);
  });

  // Ranges the hand-written list missed: transition forms that carry a private IPv4 address, and special-purpose blocks.
  it.each([
    ['2002:7f00:0001::', '6to4 (embedding loopback 127.0.0.1)'],
    ['2002:a9fe:a9fe::1', '6to4 (embedding link-local (cloud metadata) 169.254.169.254)'],
    ['2002:0808:0808::1', '6to4 (IPv6 over IPv4 tunnel)'],
    ['2001:0000:4136:e378:8000:63bf:3fff:fdd2', 'Teredo (embedding reserved 192.0.2.45)'],
    ['2001:0:4136:e378:8000:63bf:f5ff:fffe', 'Teredo (embedding private 10.0.0.1)'],
    ['2001:0:808:808:8000:63bf:f7f7:f7f7', 'Teredo (IPv6 over UDP tunnel)'],
    ['::ffff:0:a00:1', 'IPv4-translated'],
    ['64:ff9b:1::a00:1', 'NAT64 (local-use prefix)'],
    ['::7f00:1', 'IPv4-compatible IPv6 (embedding loopback 127.0.0.1)'],
    ['::808:808', 'IPv4-compatible IPv6 (deprecated)'],
    ['2001:2::1', 'benchmarking'],
    ['2001:10::1', 'ORCHID'],
    ['5f00::1', 'segment routing'],
    ['192.175.48.1', 'AS112 (DNS sink)'],
    ['192.52.193.1', 'AMT relay'],
    ['192.88.99.1', 'reserved'],
  ])('blocks %s (%s), which the old list let through', (ip, reason) => {
    expect(blockedReason(ip)).toBe(reason);
  });

  it.each([
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::a00:1', 'NAT64 (embedding private 10.0.0.1)'],
    ['64:ff9b::7f00:1', 'NAT64 (embedding loopback 127.0.0.1)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
  ])('judges %s by the IPv4 address it is or carries (%s)', (ip, reason) => {
    expect(blockedReason(ip)).toBe(reason);
  });

  it('lets a NAT64 address of a public IPv4 host through (what DNS64 answers on IPv6-only networks)', () => {
    expect(blockedReason('64:ff9b::808:808')).toBeNull();
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '172.15.255.255',
    '100.128.0.1',
    '2606:2800:220:1:248:1893:25c8:1946',
    '::ffff:8.8.8.8',
  ])('lets the public address %s through', (ip) => {
    expect(blockedReason(ip)).toBeNull();
  });

  it('refuses what is not an IP address', () => {
    expect(blockedReason('example.com')).toBe('not an IP address');
  });
});
