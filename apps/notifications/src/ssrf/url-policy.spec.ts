import { DEFAULT_ALLOWED_PORTS, parsePortRanges } from './allowed-ports';
import { checkUrl, UrlNotAllowedError, UrlPolicy } from './url-policy';

const strict: UrlPolicy = {
  allowHttp: false,
  allowPrivateHosts: [],
  allowedPorts: parsePortRanges(DEFAULT_ALLOWED_PORTS),
};
const dev: UrlPolicy = {
  allowHttp: true,
  allowPrivateHosts: ['127.0.0.1', 'localhost'],
  allowedPorts: parsePortRanges(DEFAULT_ALLOWED_PORTS),
};

function refusal(url: string, policy = strict): string {
  try {
    checkUrl(url, policy);
  } catch (err) {
    if (err instanceof UrlNotAllowedError) return err.message;
    throw err;
  }
  throw new Error(`${url} was allowed`);
}

describe('checkUrl', () => {
  it('accepts an https URL with a public domain name (DNS is checked separately)', () => {
    expect(checkUrl('https://hooks.example.com/in', strict)).toMatchObject({
      hostname: 'hooks.example.com',
      ip: null,
      privateAllowed: false,
    });
  });

  it('requires https unless http is allowed', () => {
    expect(refusal('http://hooks.example.com/')).toBe('must use https');
    expect(checkUrl('http://hooks.example.com/', { ...strict, allowHttp: true }).hostname).toBe('hooks.example.com');
  });

  it.each([
    ['dotted loopback', 'https://127.0.0.1/'],
    ['decimal loopback', 'https://2130706433/'],
    ['octal loopback', 'https://0177.0.0.1/'],
    ['hex loopback', 'https://0x7f.0.0.1/'],
    ['short loopback', 'https://127.1/'],
    ['IPv6 loopback', 'https://[::1]/'],
    ['IPv4-mapped IPv6 loopback', 'https://[::ffff:127.0.0.1]/'],
    ['cloud metadata', 'https://169.254.169.254/latest/meta-data/'],
    ['decimal metadata', 'https://2852039166/'],
    ['private 10/8', 'https://10.0.0.5/'],
    ['private 172.16/12', 'https://172.20.1.1/'],
    ['private 192.168/16', 'https://192.168.0.1/'],
    ['unique local IPv6', 'https://[fd00::1]/'],
    ['unspecified', 'https://0.0.0.0/'],
    ['6to4 carrying loopback', 'https://[2002:7f00:1::]/'],
    ['Teredo carrying a private client', 'https://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/'],
    ['IPv4-compatible loopback', 'https://[::127.0.0.1]/'],
    ['NAT64 carrying a private address', 'https://[64:ff9b::a00:1]/'],
  ])('refuses %s (%s)', (_label, url) => {
    expect(refusal(url)).toMatch(/resolves to .* address/);
  });

  it('allows only the configured ports, the scheme default included', () => {
    expect(refusal('https://hooks.example.com:6379/')).toBe('port 6379 is not allowed (allowed: 80, 443)');
    expect(refusal('https://hooks.example.com:8443/')).toMatch(/port 8443 is not allowed/);
    expect(checkUrl('https://hooks.example.com:443/', strict).hostname).toBe('hooks.example.com');
    const wider = { ...strict, allowedPorts: parsePortRanges('443,8000-8999') };
    expect(checkUrl('https://hooks.example.com:8443/', wider).hostname).toBe('hooks.example.com');
    expect(refusal('https://hooks.example.com:9000/', wider)).toBe(
      'port 9000 is not allowed (allowed: 443, 8000-8999)',
    );
  });

  it('reads port lists and refuses a bad one', () => {
    expect(parsePortRanges(' 80, 443 ,8000-8999')).toEqual([
      [80, 80],
      [443, 443],
      [8000, 8999],
    ]);
    for (const bad of ['0', '65536', '9000-8000', 'http', '80;443'])
      expect(() => parsePortRanges(bad)).toThrow(/is not a port/);
  });

  it('refuses single-label hosts such as localhost', () => {
    expect(refusal('https://localhost/')).toMatch(/not a public domain name/);
  });

  it('refuses credentials in the URL and URLs that do not parse', () => {
    expect(refusal('https://user:pw@hooks.example.com/')).toBe('must not contain credentials');
    expect(refusal('not a url')).toBe('is not an absolute URL');
    expect(refusal('ftp://hooks.example.com/')).toBe('must use https');
  });

  it('lets allowlisted hosts be loopback, matching the normalised host', () => {
    expect(checkUrl('http://127.0.0.1:8080/hook', dev)).toMatchObject({ ip: '127.0.0.1', privateAllowed: true });
    expect(checkUrl('http://2130706433:8080/hook', dev)).toMatchObject({ ip: '127.0.0.1', privateAllowed: true });
    expect(checkUrl('http://localhost:8080/', dev).privateAllowed).toBe(true);
    expect(refusal('http://10.0.0.1/', dev)).toMatch(/private/);
  });
});
