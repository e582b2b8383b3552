import { EntityManager } from '@mikro-orm/postgresql';
import { waitFor } from '@did/testing';
import { randomUUID } from 'node:crypto';
import { BillingWorld, startBillingWorld } from './billing-world';

type Key = { id: string; key: string };

describe('billing routes: /v1/balance, /v1/ledger, /v1/payment-methods, top-ups, auto-recharge (gateway + ordering)', () => {
  let w: BillingWorld;
  let partner: Key;
  let tenant: Key;
  let otherPartner: Key;

  const call = (
    method: string,
    path: string,
    who: Key,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ) => w.gw.call(method, path, { key: who.key, ...options });
  const addCard = (who: Key, card_number: string, headers: Record<string, string> = {}) =>
    call('POST', '/v1/payment-methods', who, { body: { card_number, exp_month: 12, exp_year: 2030 }, headers });
  const topUp = (who: Key, body: object, key: string | null, headers: Record<string, string> = {}) =>
    call('POST', '/v1/balance/top-ups', who, { body, headers: key ? { 'idempotency-key': key, ...headers } : headers });
  const sqlRows = async (text: string, params: unknown[] = []) =>
    (
      await w.ordering
        .get(EntityManager)
        .fork()
        .getKnex()
        .raw(text, params as never[])
    ).rows;

  beforeAll(async () => {
    w = await startBillingWorld();
    partner = await w.gw.newPartner('Billing Partner');
    tenant = await w.gw.newTenant(partner, 'Billing Tenant');
    otherPartner = await w.gw.newPartner('Other Partner');
  });

  afterAll(async () => {
    await w.close();
  });

  it('gives every new account a wallet from account.created, and GET /v1/balance shows it empty with auto-recharge off', async () => {
    await waitFor(
      async () => (await sqlRows(`select 1 from ordering.wallets where account_id = ?`, [tenant.id])).length === 1,
      { what: "the tenant's wallet" },
    );
    const res = await call('GET', '/v1/balance', tenant);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      record_type: 'balance',
      account_id: tenant.id,
      balance_cents: 0,
      currency: 'USD',
      auto_recharge: { enabled: false, payment_method_id: null },
    });
  });

  it('saves a card (brand, last4, expiry only) and rejects bad cards with 400 naming the field and rule', async () => {
    const res = await addCard(partner, '4242424242424242');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      record_type: 'payment_method',
      brand: 'visa',
      last4: '4242',
      exp_month: 12,
      exp_year: 2030,
    });
    expect(res.text).not.toContain('4242424242424242');

    const luhn = await addCard(partner, '4242424242424241');
    expect(luhn.status).toBe(400);
    expect(luhn.headers.get('content-type')).toContain('application/problem+json');
    expect(luhn.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'card_number', rule: 'luhn' }] });
    const unknown = await call('POST', '/v1/payment-methods', partner, {
      body: { card_number: '4242424242424242', exp_month: 12, exp_year: 2030, name: 'x' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'unknown_field', errors: [{ field: 'name', rule: 'unknown_field' }] });
    const expired = await call('POST', '/v1/payment-methods', partner, {
      body: { card_number: '4242424242424242', exp_month: 1, exp_year: 2026 },
    });
    expect(expired.body).toMatchObject({ errors: [{ field: 'exp_year', rule: 'not_expired' }] });
  });

  it('top-up: Idempotency-Key required; credits once; a replay returns the same bytes; a gateway that lost its record still cannot charge twice', async () => {
    const pm = (await addCard(partner, '4242424242424242')).body;
    const missing = await topUp(partner, { amount_cents: 1_000, payment_method_id: pm.id }, null);
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'idempotency_key_required' });
    const bad = await topUp(partner, { amount_cents: 10.5, payment_method_id: pm.id }, randomUUID());
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'amount_cents', rule: 'type:int' })]);

    const key = randomUUID();
    const first = await topUp(partner, { amount_cents: 5_000, payment_method_id: pm.id }, key);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      record_type: 'top_up',
      status: 'succeeded',
      amount_cents: 5_000,
      balance_cents: 5_000,
      currency: 'USD',
    });
    const replay = await topUp(partner, { amount_cents: 5_000, payment_method_id: pm.id }, key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.text).toBe(first.text);

    // The gateway's own idempotency record is gone (as after a restart with a purged table): ordering still has the key.
    await w.ordering.get(EntityManager).fork().getKnex().raw(`delete from gateway.idempotency_records`);
    const again = await topUp(partner, { amount_cents: 5_000, payment_method_id: pm.id }, key);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await call('GET', '/v1/balance', partner)).body.balance_cents).toBe(5_000);
  });

  it('declined card: 402 payment_declined problem, nothing credited; timeout card: 504 payment_processor_timeout, then the same key settles it once', async () => {
    const declined = (await addCard(tenant, '4000000000000002')).body;
    const res = await topUp(tenant, { amount_cents: 700, payment_method_id: declined.id }, randomUUID());
    expect(res.status).toBe(402);
    expect(res.body).toMatchObject({ status: 402, code: 'payment_declined' });
    expect((await call('GET', '/v1/balance', tenant)).body.balance_cents).toBe(0);

    const slow = (await addCard(tenant, '4000000000000119')).body;
    const key = randomUUID();
    const timedOut = await topUp(tenant, { amount_cents: 900, payment_method_id: slow.id }, key);
    expect(timedOut.status).toBe(504);
    expect(timedOut.body).toMatchObject({ code: 'payment_processor_timeout' });
    expect((await call('GET', '/v1/balance', tenant)).body.balance_cents).toBe(0);
    const retried = await topUp(tenant, { amount_cents: 900, payment_method_id: slow.id }, key);
    expect(retried.status).toBe(201);
    expect(retried.body).toMatchObject({ status: 'succeeded', balance_cents: 900 });
    expect((await topUp(tenant, { amount_cents: 900, payment_method_id: slow.id }, key)).text).toBe(retried.text);
    expect((await call('GET', '/v1/balance', tenant)).body.balance_cents).toBe(900);
  });

  it('GET /v1/ledger pages and filters; bad filters are 400 naming the query field', async () => {
    const pm = (await addCard(otherPartner, '5555555555554444')).body;
    for (const amount of [100, 200, 300]) {
      w.clock.advance(60_000);
      expect((await topUp(otherPartner, { amount_cents: amount, payment_method_id: pm.id }, randomUUID())).status).toBe(
        201,
      );
    }
    const page1 = await call('GET', '/v1/ledger?limit=2', otherPartner);
    expect(page1.status).toBe(200);
    expect(page1.body.data.map((e: { amount_cents: number }) => e.amount_cents)).toEqual([100, 200]);
    expect(page1.body.meta.total).toBe(3);
    const page2 = await call('GET', `/v1/ledger?limit=2&cursor=${page1.body.meta.next_cursor}`, otherPartner);
    expect(page2.body.data).toEqual([
      expect.objectContaining({ amount_cents: 300, balance_after_cents: 600, kind: 'top_up', sequence: 3 }),
    ]);
    expect(page2.body.meta.next_cursor).toBeNull();
    const since = encodeURIComponent(new Date(w.clock.now().getTime() - 60_000).toISOString());
    expect(
      (await call('GET', `/v1/ledger?created_after=${since}`, otherPartner)).body.data.map(
        (e: { amount_cents: number }) => e.amount_cents,
      ),
    ).toEqual([200, 300]);
    expect((await call('GET', '/v1/ledger?kind=refund', otherPartner)).body.meta.total).toBe(0);

    const badKind = await call('GET', '/v1/ledger?kind=gift', otherPartner);
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors).toEqual([expect.objectContaining({ field: 'query.kind', rule: 'enum' })]);
    const badDate = await call('GET', '/v1/ledger?created_after=yesterday', otherPartner);
    expect(badDate.body.errors).toEqual([expect.objectContaining({ field: 'query.created_after' })]);
  });

  it('PUT /v1/balance/auto-recharge stores the settings (and validates them); a card it uses cannot be deleted', async () => {
    const pm = (await addCard(partner, '4242424242424242')).body;
    const invalid = await call('PUT', '/v1/balance/auto-recharge', partner, {
      body: { enabled: true, threshold_cents: 500, amount_cents: 2_000, payment_method_id: null },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual([expect.objectContaining({ field: 'payment_method_id' })]);
    const set = await call('PUT', '/v1/balance/auto-recharge', partner, {
      body: { enabled: true, threshold_cents: 500, amount_cents: 2_000, payment_method_id: pm.id },
    });
    expect(set.status).toBe(200);
    expect(set.body.auto_recharge).toEqual({
      enabled: true,
      threshold_cents: 500,
      amount_cents: 2_000,
      payment_method_id: pm.id,
    });
    expect((await call('GET', '/v1/balance', partner)).body.auto_recharge).toEqual(set.body.auto_recharge);
    const del = await call('DELETE', `/v1/payment-methods/${pm.id}`, partner);
    expect(del.status).toBe(409);
    expect(del.body.code).toBe('payment_method_in_use');
    // Another partner's card cannot be named.
    const foreign = (await call('GET', '/v1/payment-methods', otherPartner)).body.data[0];
    const wrong = await call('PUT', '/v1/balance/auto-recharge', partner, {
      body: { enabled: true, threshold_cents: 0, amount_cents: 100, payment_method_id: foreign.id },
    });
    expect(wrong.status).toBe(404);
    expect(wrong.body.code).toBe('payment_method_not_found');
  });

  it('isolation: a partner with Account-Id acts on its tenant; a tenant or another partner sees nothing of the others', async () => {
    const asTenant = { 'account-id': tenant.id };
    expect((await call('GET', '/v1/balance', partner, { headers: asTenant })).body).toMatchObject({
      account_id: tenant.id,
      balance_cents: 900,
    });
    const tenantCards = (await call('GET', '/v1/payment-methods', partner, { headers: asTenant })).body.data;
    expect(tenantCards.map((c: { last4: string }) => c.last4).sort()).toEqual(['0002', '0119']);
    const partnerCards = (await call('GET', '/v1/payment-methods', partner)).body.data;
    expect((await call('GET', `/v1/payment-methods/${partnerCards[0].id}`, tenant)).status).toBe(404);
    expect((await call('DELETE', `/v1/payment-methods/${partnerCards[0].id}`, otherPartner)).status).toBe(404);
    expect(
      (await topUp(tenant, { amount_cents: 100, payment_method_id: partnerCards[0].id }, randomUUID())).body.code,
    ).toBe('payment_method_not_found');
    expect(
      (await call('GET', '/v1/ledger', tenant)).body.data.every(
        (e: { account_id: string }) => e.account_id === tenant.id,
      ),
    ).toBe(true);
    expect((await call('GET', '/v1/balance', otherPartner, { headers: asTenant })).status).toBe(403);
    expect((await call('GET', '/v1/balance', tenant, { headers: { 'account-id': partner.id } })).status).toBe(403);

    // A partner tops up its tenant's wallet with the tenant's card, keyed per tenant.
    const card = (await addCard(partner, '4242424242424242', asTenant)).body;
    expect(
      (await topUp(partner, { amount_cents: 100, payment_method_id: card.id }, randomUUID(), asTenant)).body,
    ).toMatchObject({ account_id: tenant.id, balance_cents: 1_000 });
    expect((await call('GET', '/v1/balance', partner)).body.balance_cents).toBe(5_000);
  });

  it('DELETE /v1/payment-methods/:id removes an unused card', async () => {
    const pm = (await addCard(tenant, '4242424242424242')).body;
    const del = await call('DELETE', `/v1/payment-methods/${pm.id}`, tenant);
    expect(del.status).toBe(200);
    expect((await call('GET', `/v1/payment-methods/${pm.id}`, tenant)).status).toBe(404);
  });
});
