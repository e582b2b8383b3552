import type { LookupAddress } from 'node:dns';
import { assertUrlAllowed, guardedLookup } from './ssrf-guard';
import { HostResolver } from './resolver';
import { UrlPolicy } from './url-policy';

const policy: UrlPolicy = {
  allowHttp: false,
  allowPrivateHosts: [],
  allowedPorts: [
    [80, 80],
    [443, 443],
  ],
};
const table: Record<string, string[]> = {
  'public.example': ['93.184.216.34'],
  'internal.example': ['10.0.0.7'],
  'mixed.example': ['93.184.216.34', '127.0.0.1'],
  'mapped.example': ['::ffff:169.254.169.254'],
};
const stub: HostResolver = async (host) => {
  const found = table[host];
  if (!found) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
  return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

function lookupThrough(resolver: HostResolver, host: string, all = false): Promise<string | LookupAddress[]> {
  return new Promise((resolve, reject) => {
    guardedLookup(policy, resolver)(host, { all }, (err: Error | null, address: string | LookupAddress[]) =>
      err ? reject(err) : resolve(address),
    );
  });
}

describe('assertUrlAllowed (creation time)', () => {
  it('accepts a name that resolves only to public addresses', async () => {
    await expect(assertUrlAllowed('https://public.example/hook', policy, stub)).resolves.toMatchObject({
      hostname: 'public.example',
    });
  });

  it.each([
    ['a private address', 'https://internal.example/', /10\.0\.0\.7, a private address/],
    ['one loopback address among public ones', 'https://mixed.example/', /127\.0\.0\.1, a loopback address/],
    ['a mapped metadata address', 'https://mapped.example/', /link-local/],
    ['nothing', 'https://nowhere.example/', /does not resolve \(ENOTFOUND\)/],
  ])('refuses a name that resolves to %s', async (_label, url, message) => {
    await expect(assertUrlAllowed(url, policy, stub)).rejects.toThrow(message);
  });
});

describe('guardedLookup (connect time)', () => {
  it('hands the client the checked public address', async () => {
    await expect(lookupThrough(stub, 'public.example')).resolves.toBe('93.184.216.34');
    await expect(lookupThrough(stub, 'public.example', true)).resolves.toEqual([
      { address: '93.184.216.34', family: 4 },
    ]);
  });

  it('refuses a name that was public at creation and now resolves to loopback (DNS rebinding)', async () => {
    let answer = '93.184.216.34';
    const rebinding: HostResolver = async () => [{ address: answer, family: 4 }];
    await expect(assertUrlAllowed('https://rebind.example/', policy, rebinding)).resolves.toBeDefined();
    answer = '127.0.0.1';
    await expect(lookupThrough(rebinding, 'rebind.example')).rejects.toThrow(/127\.0\.0\.1, a loopback address/);
  });

  it.each([
    ['6to4 carrying loopback', '2002:7f00:1::', /6to4 \(embedding loopback 127\.0\.0\.1\)/],
    [
      'Teredo carrying a private client',
      '2001:0:4136:e378:8000:63bf:f5ff:fffe',
      /Teredo \(embedding private 10\.0\.0\.1\)/,
    ],
    ['IPv4-mapped private', '::ffff:10.0.0.1', /a private address/],
    ['NAT64 carrying a private address', '64:ff9b::a00:1', /NAT64 \(embedding private 10\.0\.0\.1\)/],
  ])('refuses at connect time a name that now resolves to %s', async (_label, address, message) => {
    const rebinding: HostResolver = async () => [{ address, family: 6 }];
    await expect(lookupThrough(rebinding, 'rebind.example')).rejects.toThrow(message);
  });
});
