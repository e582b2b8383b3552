import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** How each special range ipaddr.js knows is named in a refusal ("resolves to X, a <label> address"). */
const LABELS: Record<string, string> = {
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'carrier-grade NAT',
  private: 'private',
  reserved: 'reserved',
  as112: 'AS112 (DNS sink)',
  as112v6: 'AS112 (DNS sink)',
  amt: 'AMT relay',
  uniqueLocal: 'unique local (private)',
  deprecatedSiteLocal: 'site-local',
  discard: 'discard',
  rfc6145: 'IPv4-translated',
  benchmarking: 'benchmarking',
  deprecatedOrchid: 'ORCHID',
  orchid2: 'ORCHID',
  droneRemoteIdProtocolEntityTags: 'drone remote ID',
  segmentRouting: 'segment routing',
};

function label(range: string): string {
  return LABELS[range] ?? range;
}

function ipv4Of(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
}

function ipv4Reason(address: ipaddr.IPv4): string | null {
  const range = address.range();
  if (range === 'unicast') return null;
  // 169.254.169.254 is where clouds serve instance credentials: the reason an SSRF guard exists.
  return range === 'linkLocal' ? 'link-local (cloud metadata)' : label(range);
}

/** `<kind> (embedding <reason> <v4>)` for the first embedded IPv4 address that is not public unicast. */
function embedding(kind: string, embedded: ipaddr.IPv4[]): string | null {
  for (const v4 of embedded) {
    const reason = ipv4Reason(v4);
    if (reason) return `${kind} (embedding ${reason} ${v4.toString()})`;
  }
  return null;
}

function ipv6Reason(address: ipaddr.IPv6): string | null {
  const p = address.parts;
  const range = address.range();
  switch (range) {
    case 'unicast':
      // ipaddr.js calls ::/96 (IPv4-compatible, deprecated: ::7f00:1 is 127.0.0.1) unicast; no public host has one.
      if (p.slice(0, 6).every((g) => g === 0))
        return embedding('IPv4-compatible IPv6', [ipv4Of(p[6], p[7])]) ?? 'IPv4-compatible IPv6 (deprecated)';
      return null;
    case 'ipv4Mapped':
      // ::ffff:a.b.c.d is a socket's way of reaching a.b.c.d: judged as that address.
      return ipv4Reason(address.toIPv4Address());
    case 'rfc6052': {
      // NAT64's well-known prefix 64:ff9b::/96 reaches the IPv4 address in its last 32 bits (DNS64
      // networks answer public hosts so): allowed when that address is public. The local-use 64:ff9b:1::/48 never is.
      const wellKnown = p[0] === 0x64 && p[1] === 0xff9b && p.slice(2, 6).every((g) => g === 0);
      if (!wellKnown) return 'NAT64 (local-use prefix)';
      return embedding('NAT64', [ipv4Of(p[6], p[7])]);
    }
    case '6to4':
      // 2002:AABB:CCDD::/48 tunnels to AA.BB.CC.DD through any relay: a way around the IPv4 rules, never a webhook receiver.
      return embedding('6to4', [ipv4Of(p[1], p[2])]) ?? '6to4 (IPv6 over IPv4 tunnel)';
    case 'teredo':
      // 2001:0:SSSS:SSSS:flags:port:CCCC:CCCC: the Teredo server, and the client's IPv4 address with every bit inverted.
      return (
        embedding('Teredo', [ipv4Of(p[2], p[3]), ipv4Of(~p[6] & 0xffff, ~p[7] & 0xffff)]) ??
        'Teredo (IPv6 over UDP tunnel)'
      );
    default:
      return label(range);
  }
}

/**
 * Why `ip` must not be reached, or null when it may be: only public unicast addresses pass
 * (ipaddr.js classifies; everything it does not call `unicast` is refused). IPv6 forms that carry an
 * IPv4 address are judged by it: IPv4-mapped (::ffff:10.0.0.1) and NAT64 (64:ff9b::a00:1) pass only
 * if it is public; 6to4 (2002::/16), Teredo (2001::/32) and IPv4-compatible (::/96) never pass.
 */
export function blockedReason(ip: string): string | null {
  const text = ip.replace(/^\[|\]$/g, '').split('%')[0];
  const kind = isIP(text);
  if (kind === 4) return ipv4Reason(ipaddr.IPv4.parse(text));
  if (kind !== 6) return 'not an IP address';
  // WHATWG URL writes an IPv6 address in its canonical hex form: ipaddr.js would read ::127.0.0.1 as IPv4-mapped.
  return ipv6Reason(ipaddr.IPv6.parse(new URL(`http://[${text}]/`).hostname.slice(1, -1)));
}
