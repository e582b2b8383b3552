import { GatewayFixture, startGateway } from './gateway-fixture';

describe('failed authentication is limited per client address', () => {
  let gw: GatewayFixture;

  beforeAll(async () => {
    gw = await startGateway({ AUTH_FAILURE_BURST: '5', AUTH_FAILURES_PER_MINUTE: '1' });
  });

  afterAll(async () => {
    await gw.close();
  });

  it('answers 401 to the first five bad keys, then 429 with Retry-After before looking the key up', async () => {
    const partner = await gw.newPartner();
    const guess = (i: number) => gw.call('GET', '/v1/accounts', { key: `dk_${String(i).padStart(43, 'x')}` });
    const first = [];
    for (let i = 0; i < 5; i++) first.push(await guess(i));
    expect(first.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    first.forEach((r) => expect(r.body.code).toBe('api_key_invalid'));

    const blocked = await guess(5);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('rate_limit_exceeded');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // No key at all counts the same; a valid key from the blocked address waits too (the address is what is limited).
    expect((await gw.call('GET', '/v1/accounts')).status).toBe(429);
    expect((await gw.call('GET', '/v1/accounts', { key: partner.key })).status).toBe(429);
  });

  it('spends nothing on requests with a valid key', async () => {
    const fresh = await startGateway({ AUTH_FAILURE_BURST: '2', AUTH_FAILURES_PER_MINUTE: '1' }, { world: gw.world });
    try {
      const partner = await fresh.newPartner();
      for (let i = 0; i < 10; i++)
        expect((await fresh.call('GET', '/v1/accounts', { key: partner.key })).status).toBe(200);
      expect((await fresh.call('GET', '/v1/accounts', { key: 'dk_' + 'y'.repeat(43) })).status).toBe(401);
      expect((await fresh.call('GET', '/v1/accounts', { key: partner.key })).status).toBe(200);
    } finally {
      await fresh.close();
    }
  });
});
