import { waitFor } from '@did/testing';
import { ResolvedAddress } from '../src/ssrf/resolver';
import { NotificationsFixture } from './notifications-fixture';

describe('webhook endpoints: SSRF guard and scoping (production URL policy)', () => {
  let fx: NotificationsFixture;
  const dns: Record<string, string> = {
    'hooks.example.com': '93.184.216.34',
    'internal.example.com': '10.1.2.3',
    'rebind.example.com': '93.184.216.34',
  };
  const resolver = async (host: string): Promise<ResolvedAddress[]> => {
    if (!dns[host]) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return [{ address: dns[host], family: 4 }];
  };
  const create = (account: string, body: Record<string, unknown>, partner: string | null = null) =>
    fx.rpc.request<any>('notifications.endpoints.create', { account_id: account, partner_id: partner, body });

  beforeAll(async () => {
    // No http, no private hosts: what production runs with.
    fx = await NotificationsFixture.start(
      { WEBHOOK_ALLOW_HTTP: 'false', WEBHOOK_ALLOW_PRIVATE_HOSTS: '' },
      { resolver },
    );
  });

  afterAll(async () => {
    await fx.close();
  });

  it.each([
    ['loopback', 'https://127.0.0.1/hook'],
    ['decimal loopback', 'https://2130706433/hook'],
    ['octal loopback', 'https://0177.0.0.1/hook'],
    ['hex loopback', 'https://0x7f000001/hook'],
    ['IPv6 loopback', 'https://[::1]/hook'],
    ['IPv4-mapped IPv6', 'https://[::ffff:127.0.0.1]/hook'],
    ['cloud metadata', 'https://169.254.169.254/latest/meta-data'],
    ['private 10/8', 'https://10.0.0.1/'],
    ['private 172.16/12', 'https://172.16.5.4/'],
    ['private 192.168/16', 'https://192.168.1.1/'],
    ['unique local IPv6', 'https://[fc00::1]/'],
    ['a name resolving to a private address', 'https://internal.example.com/hook'],
    ['localhost', 'https://localhost/hook'],
    ['plain http', 'http://hooks.example.com/hook'],
    ['a name that does not resolve', 'https://nowhere.example.com/hook'],
  ])('refuses %s at creation with a 400 naming url', async (_label, url) => {
    await expect(create('acc_ssrf', { url })).rejects.toMatchObject({
      type: 'invalid_request',
      code: 'webhook_url_not_allowed',
      errors: [{ field: 'url', rule: 'url_not_allowed' }],
    });
  });

  it('refuses at connect time a name that resolved to a public address at creation and to loopback now', async () => {
    const endpoint = await create('acc_rebind', { url: 'https://rebind.example.com/hook' });
    dns['rebind.example.com'] = '127.0.0.1';
    await fx.accountCreated('acc_rebind');
    const [delivery] = await waitFor(async () => {
      const list = await fx.deliveries('acc_rebind');
      return list[0]?.attempt_count >= 1 && list;
    });
    expect(delivery.endpoint_id).toBe(endpoint.id);
    expect(delivery.attempts[0]).toMatchObject({
      status_code: null,
      error: expect.stringMatching(/127\.0\.0\.1, a loopback address/),
    });
  });

  it('accepts a public https URL and never returns the secret again', async () => {
    const created = await create('acc_ok', {
      url: 'https://hooks.example.com/in',
      events: ['api_key.created'],
      description: 'ci',
    });
    expect(created.secret).toMatch(/^whsec_/);
    const got = await fx.rpc.request<any>('notifications.endpoints.get', {
      account_id: 'acc_ok',
      partner_id: null,
      endpoint_id: created.id,
    });
    expect(got).toMatchObject({
      url: 'https://hooks.example.com/in',
      events: ['api_key.created'],
      description: 'ci',
      enabled: true,
    });
    expect(JSON.stringify(got)).not.toContain(created.secret.slice(6));
  });

  it('lets only a partner include its tenants, and delivers tenant events to it only then', async () => {
    await expect(
      create('acc_tenant', { url: 'https://hooks.example.com/t', include_tenants: true }, 'acc_partner'),
    ).rejects.toMatchObject({
      errors: [{ field: 'include_tenants', rule: 'partner_only' }],
    });
    const withTenants = await create('acc_partner', { url: 'https://hooks.example.com/p1', include_tenants: true });
    const ownOnly = await create('acc_partner', { url: 'https://hooks.example.com/p2' });
    await fx.accountCreated('acc_tenant', 'acc_partner');
    const deliveries = await waitFor(async () => {
      const list = await fx.deliveries('acc_partner');
      return list.length > 0 && list;
    });
    expect(deliveries.map((d: { endpoint_id: string }) => d.endpoint_id)).toEqual([withTenants.id]);
    expect(deliveries.map((d: { endpoint_id: string }) => d.endpoint_id)).not.toContain(ownOnly.id);
  });

  it("hides one account's endpoints and deliveries from another", async () => {
    const mine = await create('acc_owner', { url: 'https://hooks.example.com/o' });
    const other = { account_id: 'acc_other', partner_id: null, endpoint_id: mine.id };
    for (const pattern of ['get', 'delete', 'rotate-secret']) {
      await expect(fx.rpc.request(`notifications.endpoints.${pattern}`, other)).rejects.toMatchObject({
        code: 'webhook_endpoint_not_found',
      });
    }
    await expect(
      fx.rpc.request('notifications.endpoints.update', { ...other, body: { enabled: false } }),
    ).rejects.toMatchObject({ code: 'webhook_endpoint_not_found' });
    expect(
      (await fx.rpc.request<any>('notifications.endpoints.list', { account_id: 'acc_other', partner_id: null })).data,
    ).toEqual([]);
  });
});
