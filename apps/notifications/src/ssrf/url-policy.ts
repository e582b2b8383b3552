import { isIP } from 'node:net';
import { describePorts, isPortAllowed, PortRanges } from './allowed-ports';
import { blockedReason } from './ip-ranges';

/** What the SSRF guard allows, from configuration. */
export interface UrlPolicy {
  allowHttp: boolean;
  /** Lower-case hostnames as written in the URL (after normalisation) that may resolve to private or loopback addresses, on any port (local receivers). */
  allowPrivateHosts: string[];
  /** Ports a URL may name (its scheme's default when it names none). */
  allowedPorts: PortRanges;
}

/** A URL that passed the static checks; `ip` is set when the host is an IP literal (no DNS involved). */
export interface CheckedUrl {
  url: URL;
  hostname: string;
  ip: string | null;
  privateAllowed: boolean;
}

/** Thrown with a message that names the rule, for the client (400) or the attempt log. */
export class UrlNotAllowedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UrlNotAllowedError';
  }
}

/**
 * Static checks of an endpoint URL: scheme, credentials, port, and an IP literal's address (a name's
 * addresses are checked when it resolves). WHATWG URL parsing normalises the tricky IPv4 spellings
 * (http://2130706433/, 0177.0.0.1, 0x7f.1, 127.1) to dotted decimal, so the address checked is the
 * address a client would connect to.
 */
export function checkUrl(raw: string, policy: UrlPolicy): CheckedUrl {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UrlNotAllowedError('is not an absolute URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowHttp)) {
    throw new UrlNotAllowedError(policy.allowHttp ? 'must use http or https' : 'must use https');
  }
  if (url.username || url.password) throw new UrlNotAllowedError('must not contain credentials');
  const hostname = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const privateAllowed =
    policy.allowPrivateHosts.includes(hostname) || policy.allowPrivateHosts.includes(url.hostname.toLowerCase());
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  if (!privateAllowed && !isPortAllowed(port, policy.allowedPorts))
    throw new UrlNotAllowedError(`port ${port} is not allowed (allowed: ${describePorts(policy.allowedPorts)})`);
  const ip = isIP(hostname) ? hostname : null;
  if (ip) assertPublic(ip, hostname, privateAllowed);
  else if (!hostname.includes('.') && !privateAllowed)
    throw new UrlNotAllowedError(`host ${hostname} is not a public domain name`);
  return { url, hostname, ip, privateAllowed };
}

/** Throws unless `address` is public or the host is allowlisted for private addresses. */
export function assertPublic(address: string, hostname: string, privateAllowed: boolean): void {
  if (privateAllowed) return;
  const reason = blockedReason(address);
  if (reason) throw new UrlNotAllowedError(`host ${hostname} resolves to ${address}, a ${reason} address`);
}
