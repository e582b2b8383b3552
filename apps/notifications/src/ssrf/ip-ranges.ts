import { isIP } from 'node:net';

/** An address as bytes: 4 for IPv4, 16 for IPv6. */
type Bytes = number[];

function ipv4Bytes(ip: string): Bytes | null {
  const parts = ip.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.map(Number);
}

function ipv6Bytes(ip: string): Bytes | null {
  let text = ip.replace(/^\[|\]$/g, '').split('%')[0];
  let tail: Bytes = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4Bytes(dotted[1]);
    if (!v4) return null;
    tail = v4;
    text = text.slice(0, -dotted[1].length) + '0:0';
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const all = [...head, ...Array(missing).fill('0'), ...rest];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  const bytes = all.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 255]);
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

interface Range {
  bytes: Bytes;
  bits: number;
  label: string;
}

function range(cidr: string, label: string): Range {
  const [ip, bits] = cidr.split('/');
  const bytes = isIP(ip) === 4 ? ipv4Bytes(ip) : ipv6Bytes(ip);
  if (!bytes) throw new Error(`bad range ${cidr}`);
  return { bytes, bits: Number(bits), label };
}

/** IPv4 ranges a webhook may never reach: this host, private networks, link-local (cloud metadata), multicast, reserved. */
const BLOCKED_V4: Range[] = [
  range('0.0.0.0/8', 'unspecified'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'carrier-grade NAT'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local (cloud metadata)'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'IETF protocol assignments'),
  range('192.0.2.0/24', 'documentation'),
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'benchmarking'),
  range('198.51.100.0/24', 'documentation'),
  range('203.0.113.0/24', 'documentation'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved'),
];

const BLOCKED_V6: Range[] = [
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('64:ff9b::/96', 'NAT64'),
  range('100::/64', 'discard'),
  range('2001:db8::/32', 'documentation'),
  range('fc00::/7', 'unique local (private)'),
  range('fe80::/10', 'link-local'),
  range('fec0::/10', 'site-local'),
  range('ff00::/8', 'multicast'),
];

function inRange(bytes: Bytes, r: Range): boolean {
  if (bytes.length !== r.bytes.length) return false;
  for (let bit = 0; bit < r.bits; bit++) {
    const mask = 0x80 >> bit % 8;
    if ((bytes[bit >> 3] & mask) !== (r.bytes[bit >> 3] & mask)) return false;
  }
  return true;
}

/**
 * Why `ip` must not be reached, or null when it is a public address. IPv4-mapped and IPv4-compatible
 * IPv6 forms (::ffff:127.0.0.1, ::ffff:7f00:1, ::127.0.0.1) are judged as the IPv4 address they carry.
 */
export function blockedReason(ip: string): string | null {
  const kind = isIP(ip.replace(/^\[|\]$/g, '').split('%')[0]);
  if (kind === 4) {
    const bytes = ipv4Bytes(ip) as Bytes;
    return BLOCKED_V4.find((r) => inRange(bytes, r))?.label ?? null;
  }
  const bytes = kind === 6 ? ipv6Bytes(ip) : null;
  if (!bytes) return 'not an IP address';
  const v4 = bytes.slice(12).join('.');
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) return blockedReason(v4);
  // ::/96 holds ::, ::1 and the deprecated IPv4-compatible form (::127.0.0.1): none is a public IPv6 address.
  if (bytes.slice(0, 12).every((b) => b === 0)) return BLOCKED_V6.find((r) => inRange(bytes, r))?.label ?? blockedReason(v4) ?? 'IPv4-compatible IPv6 (deprecated)';
  return BLOCKED_V6.find((r) => inRange(bytes, r))?.label ?? null;
}
