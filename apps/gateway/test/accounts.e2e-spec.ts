import { waitFor } from '@did/testing';
import { startGateway, GatewayFixture, OPERATOR_KEY } from './gateway-fixture';

describe('accounts and API keys (gateway on real PostgreSQL and NATS)', () => {
  let gw: GatewayFixture;

  beforeAll(async () => {
    gw = await startGateway();
  });

  afterAll(async () => {
    await gw.close();
  });

  it('GET /v1/accounts/me is the account a request acts on (its own, or the tenant named by Account-Id)', async () => {
    const partner = await gw.newPartner('Me Partner');
    const tenant = await gw.newTenant(partner, 'Me Tenant');
    expect((await gw.call('GET', '/v1/accounts/me', { key: partner.key })).body).toMatchObject({
      id: partner.id,
      type: 'partner',
    });
    expect(
      (await gw.call('GET', '/v1/accounts/me', { key: partner.key, headers: { 'account-id': tenant.id } })).body,
    ).toMatchObject({ id: tenant.id, type: 'tenant', parent_id: partner.id });
    expect((await gw.call('GET', '/v1/accounts/me', { key: tenant.key })).body).toMatchObject({
      id: tenant.id,
      parent_id: null,
    });
    const operator = await gw.call('GET', '/v1/accounts/me', { key: OPERATOR_KEY });
    expect(operator.status).toBe(400);
    expect(operator.body.code).toBe('account_id_required');
  });

  it('lets the operator create a partner, the partner a tenant, and the partner issue the tenant a key', async () => {
    const partner = await gw.newPartner('Acme Telecom');
    const tenantRes = await gw.call('POST', '/v1/accounts', {
      key: partner.key,
      body: { name: 'Bob Plumbing', email: 'bob@example.com' },
    });
    expect(tenantRes.status).toBe(201);
    expect(tenantRes.body).toMatchObject({
      record_type: 'account',
      type: 'tenant',
      parent_id: partner.id,
      name: 'Bob Plumbing',
      currency: 'USD',
      status: 'active',
    });
    expect(tenantRes.body.id).toMatch(/^acc_[0-9a-z]{26}$/);

    const keyRes = await gw.call('POST', '/v1/api-keys', {
      key: partner.key,
      headers: { 'account-id': tenantRes.body.id },
      body: { name: 'tenant integration' },
    });
    expect(keyRes.status).toBe(201);
    expect(keyRes.body.secret).toMatch(/^dk_[A-Za-z0-9_-]{43}$/);
    expect(keyRes.body.account_id).toBe(tenantRes.body.id);
    expect(keyRes.body.secret.startsWith(keyRes.body.prefix)).toBe(true);

    const me = await gw.call('GET', `/v1/accounts/${tenantRes.body.id}`, { key: keyRes.body.secret });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: tenantRes.body.id, parent_id: null });
  });

  it('never lets a tenant see its partner or its siblings, nor act for them', async () => {
    const partner = await gw.newPartner();
    const alice = await gw.newTenant(partner, 'Alice');
    const bob = await gw.newTenant(partner, 'Bob');

    expect((await gw.call('GET', `/v1/accounts/${partner.id}`, { key: alice.key })).status).toBe(404);
    const sibling = await gw.call('GET', `/v1/accounts/${bob.id}`, { key: alice.key });
    expect(sibling.status).toBe(404);
    expect(sibling.body.code).toBe('account_not_found');
    const list = await gw.call('GET', '/v1/accounts', { key: alice.key });
    expect(list.status).toBe(403);
    expect(list.body.code).toBe('tenant_cannot_have_subaccounts');
    const actAsSibling = await gw.call('GET', '/v1/api-keys', { key: alice.key, headers: { 'account-id': bob.id } });
    expect(actAsSibling.status).toBe(403);
    expect(actAsSibling.body.code).toBe('account_access_denied');
    const actAsPartner = await gw.call('GET', '/v1/api-keys', {
      key: alice.key,
      headers: { 'account-id': partner.id },
    });
    expect(actAsPartner.status).toBe(403);
    const createUnder = await gw.call('POST', '/v1/accounts', { key: alice.key, body: { name: 'sub' } });
    expect(createUnder.status).toBe(403);
    expect(createUnder.body.code).toBe('tenant_cannot_have_subaccounts');
  });

  it("keeps partners apart: one partner cannot read or act on another partner's tenants", async () => {
    const p1 = await gw.newPartner('P1');
    const p2 = await gw.newPartner('P2');
    const t2 = await gw.newTenant(p2);
    expect((await gw.call('GET', `/v1/accounts/${t2.id}`, { key: p1.key })).status).toBe(404);
    expect((await gw.call('GET', '/v1/api-keys', { key: p1.key, headers: { 'account-id': t2.id } })).status).toBe(403);
    const p1Tenants = await gw.call('GET', '/v1/accounts', { key: p1.key });
    expect(p1Tenants.body.data).toEqual([]);
  });

  it("lists a partner's tenants in pages with a cursor, oldest first", async () => {
    const partner = await gw.newPartner();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await gw.call('POST', '/v1/accounts', { key: partner.key, body: { name: `T${i}` } })).body.id);
    const first = await gw.call('GET', '/v1/accounts?limit=2', { key: partner.key });
    expect(first.body.meta.total).toBe(5);
    const seen = first.body.data.map((a: { id: string }) => a.id);
    let cursor = first.body.meta.next_cursor;
    while (cursor) {
      const next = await gw.call('GET', `/v1/accounts?limit=2&cursor=${cursor}`, { key: partner.key });
      seen.push(...next.body.data.map((a: { id: string }) => a.id));
      cursor = next.body.meta.next_cursor;
    }
    // Every tenant exactly once across pages (rows created in the same millisecond are ordered by id).
    expect([...seen].sort()).toEqual([...ids].sort());
    const bad = await gw.call('GET', '/v1/accounts?cursor=nonsense', { key: partner.key });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'query.cursor', rule: 'cursor' });
  });

  it('requires the tenant currency to be the partner currency', async () => {
    const gbp = await gw.call('POST', '/v1/accounts', {
      key: OPERATOR_KEY,
      body: { name: 'UK partner', currency: 'GBP' },
    });
    expect(gbp.body.currency).toBe('GBP');
    const res = await gw.call('POST', '/v1/accounts', {
      key: OPERATOR_KEY,
      headers: { 'account-id': gbp.body.id },
      body: { name: 'T', currency: 'USD' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'currency', rule: 'equals:GBP' })]);
  });

  it('lists keys by prefix without secrets, and a revoked key fails on the very next request', async () => {
    const partner = await gw.newPartner();
    const created = await gw.call('POST', '/v1/api-keys', { key: partner.key, body: { name: 'ci' } });
    const secondKey = created.body.secret;
    expect((await gw.call('GET', '/v1/accounts', { key: secondKey })).status).toBe(200);

    // last_used_at is written off the request path: list until that write has landed (bounded).
    const list = await waitFor(
      async () => {
        const res = await gw.call('GET', '/v1/api-keys', { key: partner.key });
        return res.body.data?.find((k: { id: string; last_used_at: string | null }) => k.id === created.body.id)
          ?.last_used_at
          ? res
          : undefined;
      },
      { what: 'last_used_at of the used key in the list' },
    );
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(2);
    expect(list.text).not.toContain(secondKey);
    const listed = list.body.data.find((k: { id: string }) => k.id === created.body.id);
    expect(listed).toMatchObject({ name: 'ci', prefix: created.body.prefix, status: 'active', revoked_at: null });
    expect(listed.last_used_at).not.toBeNull();

    const revoked = await gw.call('DELETE', `/v1/api-keys/${created.body.id}`, { key: partner.key });
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe('revoked');
    const after = await gw.call('GET', '/v1/accounts', { key: secondKey });
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('api_key_revoked');
    expect((await gw.call('DELETE', `/v1/api-keys/${created.body.id}`, { key: partner.key })).body.code).toBe(
      'api_key_already_revoked',
    );
    expect((await gw.call('GET', '/v1/api-keys', { key: partner.key })).body.data).toHaveLength(1);
    expect((await gw.call('GET', '/v1/api-keys?include_revoked=true', { key: partner.key })).body.data).toHaveLength(2);
  });

  it("cannot revoke another account's key", async () => {
    const p1 = await gw.newPartner();
    const p2 = await gw.newPartner();
    const p2Keys = await gw.call('GET', '/v1/api-keys', { key: p2.key });
    const res = await gw.call('DELETE', `/v1/api-keys/${p2Keys.body.data[0].id}`, { key: p1.key });
    expect(res.status).toBe(404);
    expect((await gw.call('GET', '/v1/accounts', { key: p2.key })).status).toBe(200);
  });

  it('asks the operator to name an account for key management', async () => {
    const res = await gw.call('POST', '/v1/api-keys', { key: OPERATOR_KEY, body: { name: 'x' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'account_id_required',
      errors: [{ field: 'header.Account-Id', rule: 'required' }],
    });
  });

  it('records account.created in the outbox with the state change and publishes it to JetStream', async () => {
    const partner = await gw.newPartner('Evented');
    const { connect } = await import('nats');
    const nc = await connect({ servers: gw.world.config.NATS_URL });
    try {
      const jsm = await nc.jetstreamManager();
      const stream = `${gw.world.prefix.toUpperCase()}_EVENTS`;
      const found = await waitForEvent(jsm, stream, `${gw.world.prefix}.events.account.created`, partner.id);
      expect(found).toMatchObject({
        type: 'account.created',
        version: 1,
        producer: 'gateway',
        account_id: partner.id,
        data: { type: 'partner', name: 'Evented', currency: 'USD' },
      });
    } finally {
      await nc.close();
    }
  });
});

async function waitForEvent(
  jsm: import('nats').JetStreamManager,
  stream: string,
  subject: string,
  accountId: string,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const info = await jsm.streams.info(stream);
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const msg = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
      if (msg?.subject !== subject) continue;
      const event = msg.json<Record<string, unknown>>();
      if (event.account_id === accountId) return event;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no ${subject} for ${accountId}`);
}
