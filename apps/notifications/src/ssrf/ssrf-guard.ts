import type { LookupFunction } from 'node:net';
import { HostResolver, ResolvedAddress } from './resolver';
import { assertPublic, checkUrl, CheckedUrl, UrlNotAllowedError, UrlPolicy } from './url-policy';

/**
 * Creation-time check: the static URL rules, then every address the name resolves to must be
 * public (one private address among public ones is enough to refuse: a client may pick any).
 */
export async function assertUrlAllowed(raw: string, policy: UrlPolicy, resolve: HostResolver): Promise<CheckedUrl> {
  const checked = checkUrl(raw, policy);
  if (checked.ip) return checked;
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(checked.hostname);
  } catch (err) {
    throw new UrlNotAllowedError(
      `host ${checked.hostname} does not resolve (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  if (addresses.length === 0) throw new UrlNotAllowedError(`host ${checked.hostname} does not resolve`);
  for (const a of addresses) assertPublic(a.address, checked.hostname, checked.privateAllowed);
  return checked;
}

/**
 * Connect-time check: a `lookup` for the HTTP client, so the address checked is the address the
 * socket connects to. A name that resolved to a public address at creation and to a private one
 * now (DNS rebinding) is refused here.
 */
export function guardedLookup(policy: UrlPolicy, resolve: HostResolver): LookupFunction {
  return (hostname, options, callback) => {
    const host = hostname.toLowerCase();
    const privateAllowed = policy.allowPrivateHosts.includes(host);
    resolve(host).then(
      (addresses) => {
        try {
          if (addresses.length === 0) throw new UrlNotAllowedError(`host ${host} does not resolve`);
          for (const a of addresses) assertPublic(a.address, host, privateAllowed);
        } catch (err) {
          callback(err as NodeJS.ErrnoException, '', 0);
          return;
        }
        const wanted =
          options.family === 4 || options.family === 6
            ? addresses.filter((a) => a.family === options.family)
            : addresses;
        if (options.all) callback(null, wanted as never);
        else callback(null, wanted[0]?.address ?? '', wanted[0]?.family ?? 4);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}
