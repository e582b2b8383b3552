import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '@did/service-kit';
import { GatewayFixture, startGateway } from './gateway-fixture';

describe('Idempotency-Key on create routes', () => {
  let gw: GatewayFixture;
  let partner: { id: string; key: string };

  beforeAll(async () => {
    gw = await startGateway();
    partner = await gw.newPartner();
  });

  afterAll(async () => {
    await gw.close();
  });

  const create = (key: string, body: unknown, extra: Record<string, string> = {}, as = partner.key) =>
    gw.call('POST', '/v1/accounts', { key: as, body, headers: { 'idempotency-key': key, ...extra } });

  async function tenantCount(): Promise<number> {
    return (await gw.call('GET', '/v1/accounts', { key: partner.key })).body.meta.total;
  }

  it('replays the first response byte for byte and creates once', async () => {
    const before = await tenantCount();
    const first = await create('order-123', { name: 'Once' });
    const second = await create('order-123', { name: 'Once' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await tenantCount()).toBe(before + 1);
  });

  it('treats the same JSON with keys in another order as the same request', async () => {
    const first = await create('order-reordered', { name: 'R', email: 'r@example.com' });
    const second = await gw.call('POST', '/v1/accounts', {
      key: partner.key,
      body: '{"email":"r@example.com","name":"R"}',
      headers: { 'idempotency-key': 'order-reordered' },
    });
    expect(second.text).toBe(first.text);
  });

  it('refuses the same key with a different body with 422 and creates nothing', async () => {
    await create('order-456', { name: 'A' });
    const before = await tenantCount();
    const res = await create('order-456', { name: 'B' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('idempotency_key_reused');
    expect(await tenantCount()).toBe(before);
  });

  it('answers 409 to a concurrent request while the first with the key is still running', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => create('order-concurrent', { name: 'C' })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
    const created = results.filter((r) => r.status === 201);
    expect(new Set(created.map((r) => r.text)).size).toBe(1);
    results.filter((r) => r.status === 409).forEach((r) => expect(r.body.code).toBe('idempotency_request_in_progress'));
    const all = await gw.call('GET', '/v1/accounts?limit=100', { key: partner.key });
    expect(all.body.data.filter((a: { name: string }) => a.name === 'C')).toHaveLength(1);
  });

  it.each([
    ['too long', 'k'.repeat(256), 'max:255'],
    ['bad characters', 'key with spaces', 'pattern:[A-Za-z0-9_:-]'],
  ])('rejects a key that is %s with 400', async (_label, key, rule) => {
    const before = await tenantCount();
    const res = await create(key, { name: 'X' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'idempotency_key_invalid',
      errors: [{ field: 'header.Idempotency-Key', rule }],
    });
    expect(await tenantCount()).toBe(before);
  });

  it('scopes keys per account: another account may use the same key', async () => {
    const other = await gw.newPartner();
    const mine = await create('shared-key', { name: 'Mine' });
    const theirs = await create('shared-key', { name: 'Mine' }, {}, other.key);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
  });

  it('does not store a validation failure, so the fixed request can reuse the key', async () => {
    const bad = await create('fix-me', { name: '' });
    expect(bad.status).toBe(400);
    const fixed = await create('fix-me', { name: 'Fixed' });
    expect(fixed.status).toBe(201);
  });

  it('replays a business error too (a tenant may not create accounts)', async () => {
    const tenant = await gw.newTenant(partner);
    const first = await create('tenant-try', { name: 'no' }, {}, tenant.key);
    const second = await create('tenant-try', { name: 'no' }, {}, tenant.key);
    expect(first.status).toBe(403);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
  });

  it("holds a key for a request that died on the database's clock: a replica whose clock runs ahead waits for the hold like any other", async () => {
    const ahead: Clock = { now: () => new Date(Date.now() + 10 * 60_000) };
    const skewed = await startGateway({}, { world: gw.world, clock: ahead });
    const rows = (text: string) => gw.app.get(EntityManager).fork().getConnection().execute(text, ['died-mid-request']);
    try {
      expect((await create('died-mid-request', { name: 'Once held' })).status).toBe(201);
      // As if the request's gateway died while running it: the key is held for another minute (of the lock's two).
      await rows(
        `update gateway.idempotency_records set state = 'in_progress', response_status = null, response_headers = null, response_body = null, locked_until = now() + interval '1 minute' where key = ?`,
      );
      const retry = () =>
        skewed.call('POST', '/v1/accounts', {
          key: partner.key,
          body: { name: 'Once held' },
          headers: { 'idempotency-key': 'died-mid-request' },
        });
      const early = await retry();
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('idempotency_request_in_progress');
      // Once the hold has run out, the retry takes the key and the request runs.
      await rows(`update gateway.idempotency_records set locked_until = now() - interval '1 second' where key = ?`);
      expect((await retry()).status).toBe(201);
    } finally {
      await skewed.close();
    }
  });
});
