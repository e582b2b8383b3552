import { randomUUID } from 'node:crypto';
import { NumberLifecyclePatterns } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { waitFor } from '@did/testing';
import { OrderReconciler } from '../../ordering/src/orders/order-reconciler'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: runs ordering's reconciler pass
import { AUSTIN_444, AUSTIN_555, DALLAS, LONDON, TOLL_FREE_877 } from '../../inventory/test/fixture-numbers'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: the fixture numbers
import { OrdersWorld, startOrdersWorld } from './orders-world';

type Key = { id: string; key: string };

describe('number orders: POST and GET /v1/number-orders (gateway + ordering + inventory + carrier sandbox)', () => {
  let w: OrdersWorld;
  let partner: Key;
  let tenant: Key;
  let otherPartner: Key;

  const call = (
    method: string,
    path: string,
    who: Key,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ) => w.gw.call(method, path, { key: who.key, ...options });
  const order = (who: Key, body: object, key: string | null = randomUUID()) =>
    call('POST', '/v1/number-orders', who, { body, headers: key ? { 'idempotency-key': key } : {} });
  const balance = async (who: Key) => (await call('GET', '/v1/balance', who)).body.balance_cents as number;
  const settled = (who: Key, id: string) => w.settledOrder(who.key, id);
  const searchable = async (who: Key, e164: string) => {
    const res = await call('GET', `/v1/numbers/available?country_code=US&starts_with=${e164.slice(2)}`, who);
    return res.body.data.some((n: { phone_number: string }) => n.phone_number === e164);
  };

  beforeAll(async () => {
    w = await startOrdersWorld();
    partner = await w.gw.newPartner('Orders Partner');
    tenant = await w.gw.newTenant(partner, 'Orders Tenant');
    otherPartner = await w.gw.newPartner('Other Partner');
    await w.fund(partner.id, 100_000);
  });

  afterAll(async () => {
    await w.close();
  });

  it('charges setup plus the first 30 days at the searched price, shows the numbers pending at once, then active when the carrier activates them', async () => {
    const numbers = [AUSTIN_555[0], AUSTIN_555[2]];
    const search = await call('GET', '/v1/numbers/available?country_code=US&locality=Austin&features=sms', partner);
    const seen = search.body.data.find((n: { phone_number: string }) => n.phone_number === numbers[0]);
    const before = await balance(partner);

    const res = await order(partner, {
      country_code: 'US',
      number_type: 'local',
      phone_numbers: numbers,
      customer_reference: 'first',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      record_type: 'number_order',
      status: 'pending',
      currency: 'USD',
      customer_reference: 'first',
    });
    expect(res.body.phone_numbers).toHaveLength(2);
    for (const n of res.body.phone_numbers) {
      expect(n).toMatchObject({
        record_type: 'phone_number',
        status: 'pending',
        order_status: 'pending',
        country_code: 'US',
        number_type: 'local',
        setup_fee_cents: seen.pricing.setup_fee_cents,
        monthly_fee_cents: seen.pricing.monthly_fee_cents,
        auto_renew: true,
        activated_at: null,
      });
      expect(n.id).toMatch(/^pn_/);
    }
    const unit = seen.pricing.setup_fee_cents + seen.pricing.monthly_fee_cents;
    // The route orders were created at before v1 answers where they went, and orders nothing.
    const oldRoute = await call('POST', '/v1/numbers/order', partner, {
      body: { country_code: 'US', number_type: 'local', phone_numbers: [AUSTIN_555[1]] },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(oldRoute.status).toBe(404);
    expect(oldRoute.body).toMatchObject({
      code: 'route_not_found',
      detail: expect.stringContaining('POST /v1/number-orders'),
    });
    expect(res.body.total_charged_cents).toBe(2 * unit);
    expect(await balance(partner)).toBe(before - 2 * unit);
    const ledger = (await call('GET', '/v1/ledger?kind=order_charge', partner)).body.data;
    expect(ledger).toEqual([expect.objectContaining({ amount_cents: -2 * unit, reference: res.body.id })]);
    // Sold numbers leave every search at once.
    expect(await searchable(otherPartner, numbers[0])).toBe(false);

    const done = await settled(partner, res.body.id);
    expect(done.status).toBe('success');
    expect(done.phone_numbers.map((n: { status: string; order_status: string }) => [n.status, n.order_status])).toEqual(
      [
        ['active', 'success'],
        ['active', 'success'],
      ],
    );
    expect(done.phone_numbers[0].activated_at).not.toBeNull();
    const completed = await waitFor(
      async () =>
        (await w.rows(`select envelope from ordering.outbox_events where type = 'number_order.completed'`)).find(
          (r) => r.envelope.data.order_id === res.body.id,
        ),
      {
        what: 'number_order.completed',
      },
    );
    expect(completed.envelope.data).toMatchObject({
      status: 'success',
      account_id: partner.id,
      total_charged_cents: 2 * unit,
      total_refunded_cents: 0,
    });
    // Billing starts at activation: the first 30-day cycle, already paid.
    const [sub] = await w.rows(
      `select status, paid_until, billing_started_at from ordering.subscriptions where number_id = ?`,
      [done.phone_numbers[0].id],
    );
    expect(sub.status).toBe('active');
    expect(new Date(sub.paid_until).getTime() - new Date(sub.billing_started_at).getTime()).toBe(30 * 86_400_000);
  });

  it('is idempotent: a replay returns the same order; a gateway that lost its record still charges once; another body with the key is 422', async () => {
    const key = randomUUID();
    const body = { country_code: 'US', number_type: 'local', phone_numbers: [AUSTIN_555[4]] };
    const first = await order(partner, body, key);
    expect(first.status).toBe(201);
    const afterFirst = await balance(partner);
    const replay = await order(partner, body, key);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(first.body.id);

    await w.rows(`delete from gateway.idempotency_records`);
    const again = await order(partner, body, key);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await balance(partner)).toBe(afterFirst);
    expect(
      (await w.rows(`select count(*)::int as n from ordering.number_orders where idempotency_key = ?`, [key]))[0].n,
    ).toBe(1);

    // A retry is answered from its order even once the type is no longer for sale (a new order would be 404 price_not_found).
    await w.rows(`delete from gateway.idempotency_records`);
    await w.rows(
      `update ordering.price_lists set number_type = 'local_withdrawn' where country_code = 'US' and number_type = 'local'`,
    );
    try {
      const afterWithdrawal = await order(partner, body, key);
      expect(afterWithdrawal.status).toBe(201);
      expect(afterWithdrawal.body.id).toBe(first.body.id);
      expect((await order(partner, { ...body, phone_numbers: [AUSTIN_555[7]] }, randomUUID())).body.code).toBe(
        'price_not_found',
      );
    } finally {
      await w.rows(
        `update ordering.price_lists set number_type = 'local' where country_code = 'US' and number_type = 'local_withdrawn'`,
      );
    }

    await w.rows(`delete from gateway.idempotency_records`);
    const reused = await order(partner, { ...body, phone_numbers: [AUSTIN_555[6]] }, key);
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
  });

  it('402 balance_insufficient when the wallet cannot pay: nothing ordered, held or charged', async () => {
    const poor = await w.gw.newPartner('Poor Partner');
    await w.fund(poor.id, 100);
    const res = await order(poor, { country_code: 'US', number_type: 'local', phone_numbers: [AUSTIN_555[10]] });
    expect(res.status).toBe(402);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('balance_insufficient');
    expect(await balance(poor)).toBe(100);
    expect((await call('GET', '/v1/number-orders', poor)).body.data).toEqual([]);
    // Not held: anyone can reserve it right away.
    expect(await searchable(otherPartner, AUSTIN_555[10])).toBe(true);
    const reserve = await call('POST', '/v1/number-reservations', otherPartner, {
      body: { phone_numbers: [AUSTIN_555[10]] },
    });
    expect(reserve.status).toBe(201);
    await call('DELETE', `/v1/number-reservations/${reserve.body.id}`, otherPartner);
  });

  it('409 number_unavailable for a number another account holds; nothing charged; the holder buys it from its reservation', async () => {
    const reserve = await call('POST', '/v1/number-reservations', otherPartner, {
      body: { phone_numbers: [AUSTIN_555[12], AUSTIN_555[14]] },
    });
    expect(reserve.status).toBe(201);
    const before = await balance(partner);
    const res = await order(partner, {
      country_code: 'US',
      number_type: 'local',
      phone_numbers: [AUSTIN_555[12], AUSTIN_555[16]],
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('number_unavailable');
    expect(JSON.stringify(res.body.errors)).toContain(AUSTIN_555[12]);
    expect(await balance(partner)).toBe(before);
    // All or nothing: the free one was not kept either.
    expect(await searchable(otherPartner, AUSTIN_555[16])).toBe(true);

    await w.fund(otherPartner.id, 10_000);
    const mine = await order(otherPartner, {
      country_code: 'US',
      number_type: 'local',
      reservation_id: reserve.body.id,
    });
    expect(mine.status).toBe(201);
    expect(mine.body.phone_numbers.map((n: { e164: string }) => n.e164).sort()).toEqual([
      AUSTIN_555[12],
      AUSTIN_555[14],
    ]);
    expect((await settled(otherPartner, mine.body.id)).status).toBe('success');
  });

  it('reseller billing: the tenant pays its marked-up price, its partner is credited that payment and pays the partner price, in one transaction; the ledgers show it', async () => {
    const markups = await call('PUT', '/v1/pricing/markups', partner, {
      body: { markups: [{ country_code: 'US', percent_basis_points: 1000 }] },
    });
    expect(markups.status).toBe(200);
    await w.fund(tenant.id, 10_000, partner.id);
    const partnerBefore = await balance(partner);
    const res = await order(tenant, { country_code: 'US', number_type: 'local', phone_numbers: [AUSTIN_444[0]] });
    expect(res.status).toBe(201);
    expect(res.body.phone_numbers[0]).toMatchObject({ setup_fee_cents: 110, monthly_fee_cents: 165 });
    expect(await balance(tenant)).toBe(10_000 - 275);
    expect(await balance(partner)).toBe(partnerBefore + 275 - 250);
    const payment = (await call('GET', '/v1/ledger?kind=tenant_payment', partner)).body.data.find(
      (e: { reference: string }) => e.reference === res.body.id,
    );
    expect(payment).toMatchObject({ amount_cents: 275 });
    expect(payment.description).toContain(tenant.id);
    const partnerEntry = (await call('GET', '/v1/ledger?kind=order_charge', partner)).body.data.find(
      (e: { reference: string }) => e.reference === res.body.id,
    );
    expect(partnerEntry).toMatchObject({ amount_cents: -250 });
    expect(partnerEntry.description).toContain(tenant.id);
    // The partner sees its tenant's order by id; another partner does not.
    expect((await call('GET', `/v1/number-orders/${res.body.id}`, partner)).status).toBe(200);
    expect((await call('GET', `/v1/number-orders/${res.body.id}`, otherPartner)).status).toBe(404);
    await call('PUT', '/v1/pricing/markups', partner, { body: { markups: [] } });
  });

  it('a number the carrier cannot activate is refunded in full automatically and goes back to stock', async () => {
    await w.ordersSettled();
    await w.faults({ failure_rate: 1 });
    try {
      const before = await balance(partner);
      const res = await order(partner, { country_code: 'US', number_type: 'local', phone_numbers: [DALLAS[0]] });
      expect(res.status).toBe(201);
      expect(await balance(partner)).toBe(before - 250);
      const done = await settled(partner, res.body.id);
      expect(done).toMatchObject({ status: 'failure', total_charged_cents: 250, total_refunded_cents: 250 });
      expect(done.phone_numbers[0]).toMatchObject({ status: 'purchase_failed', order_status: 'failure' });
      expect(done.phone_numbers[0].error_code).toBeTruthy();
      expect(await balance(partner)).toBe(before);
      const refunds = (await call('GET', '/v1/ledger?kind=refund', partner)).body.data.filter(
        (e: { reference: string }) => e.reference === res.body.id,
      );
      expect(refunds.map((e: { amount_cents: number }) => e.amount_cents)).toEqual([250]);
      await waitFor(() => searchable(otherPartner, DALLAS[0]), { what: 'the failed number back in stock' });
    } finally {
      await w.faults(null);
    }
  });

  it('quantity orders buy that many numbers in one city; too few available is 409', async () => {
    const res = await order(partner, {
      country_code: 'US',
      number_type: 'local',
      quantity: 2,
      filters: { locality: 'Dallas' },
    });
    expect(res.status).toBe(201);
    expect(res.body.phone_numbers).toHaveLength(2);
    for (const n of res.body.phone_numbers) expect(DALLAS).toContain(n.e164);
    const tooMany = await order(partner, {
      country_code: 'US',
      number_type: 'local',
      quantity: 10,
      filters: { locality: 'Dallas' },
    });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.code).toBe('number_unavailable');
  });

  it('bad input gets 400 naming the field and rule, and changes nothing', async () => {
    const before = await balance(partner);
    const noKey = await order(
      partner,
      { country_code: 'US', number_type: 'local', phone_numbers: [AUSTIN_555[18]] },
      null,
    );
    expect(noKey.status).toBe(400);
    expect(noKey.body.code).toBe('idempotency_key_required');
    const both = await order(partner, {
      country_code: 'US',
      number_type: 'local',
      phone_numbers: [AUSTIN_555[18]],
      quantity: 1,
      filters: { locality: 'Austin' },
    });
    expect(both.status).toBe(400);
    expect(both.body.errors).toEqual([expect.objectContaining({ field: 'quantity' })]);
    const badNumber = await order(partner, { country_code: 'US', number_type: 'local', phone_numbers: ['5125550100'] });
    expect(badNumber.body.errors).toEqual([expect.objectContaining({ field: 'phone_numbers[0]' })]);
    const tooMany = await order(partner, {
      country_code: 'US',
      number_type: 'local',
      quantity: 11,
      filters: { locality: 'Austin' },
    });
    expect(tooMany.body.errors).toEqual([expect.objectContaining({ field: 'quantity', rule: 'max:10' })]);
    const noCity = await order(partner, { country_code: 'US', number_type: 'local', quantity: 1, filters: {} });
    expect(noCity.body.errors).toEqual([expect.objectContaining({ field: 'filters.locality', rule: 'required' })]);
    const unknown = await order(partner, {
      country_code: 'US',
      number_type: 'local',
      phone_numbers: [AUSTIN_555[18]],
      color: 'red',
    });
    expect(unknown.body).toMatchObject({ code: 'unknown_field' });
    const wrongType = await order(partner, {
      country_code: 'US',
      number_type: 'local',
      phone_numbers: [TOLL_FREE_877[0]],
    });
    expect(wrongType.status).toBe(409);
    expect(wrongType.body.code).toBe('number_unavailable');
    expect(await balance(partner)).toBe(before);
    // Every country is sold in every account currency from price-list rows: a USD partner buys a London number in USD.
    const london = await order(partner, { country_code: 'GB', number_type: 'local', phone_numbers: [LONDON] });
    expect(london.status).toBe(201);
    expect(london.body).toMatchObject({ currency: 'USD' });
    expect(await balance(partner)).toBe(before - london.body.total_charged_cents);
  });

  it('lists the account’s orders with a status filter, and another account cannot see them', async () => {
    const list = await call('GET', '/v1/number-orders?status=success&limit=100', partner);
    expect(list.status).toBe(200);
    expect(list.body.data.length).toBeGreaterThan(0);
    for (const o of list.body.data) expect(o.status).toBe('success');
    const theirs = await call('GET', '/v1/number-orders', otherPartner);
    // It has orders of its own (the reservation test's), and only those.
    expect(theirs.body.data.length).toBeGreaterThan(0);
    expect(theirs.body.data.every((o: { account_id: string }) => o.account_id === otherPartner.id)).toBe(true);
    expect((await call('GET', `/v1/number-orders/${list.body.data[0].id}`, otherPartner)).status).toBe(404);
    expect((await call('GET', '/v1/number-orders?status=nope', partner)).body.errors).toEqual([
      expect.objectContaining({ field: 'query.status' }),
    ]);
  });

  it('release now: disconnected at once, no refund, still readable as released; a second release is 409; another account gets 404', async () => {
    const res = await order(partner, { country_code: 'US', number_type: 'local', phone_numbers: [AUSTIN_444[2]] });
    const done = await settled(partner, res.body.id);
    const id = done.phone_numbers[0].id;
    const before = await balance(partner);
    expect((await call('DELETE', `/v1/numbers/${id}`, otherPartner)).status).toBe(404);

    const released = await call('DELETE', `/v1/numbers/${id}`, partner);
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ number_id: id, phone_number: AUSTIN_444[2], status: 'released' });
    expect(released.body.released_at).not.toBeNull();
    expect(await balance(partner)).toBe(before);
    const again = await call('DELETE', `/v1/numbers/${encodeURIComponent(AUSTIN_444[2])}`, partner);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('number_already_released');
    const events = await waitFor(
      async () =>
        (await w.rows(`select envelope from inventory.outbox_events where type = 'number.released'`)).find(
          (r) => r.envelope.data.number_id === id,
        ),
      {
        what: 'number.released',
      },
    );
    expect(events.envelope.data).toMatchObject({ reason: 'released_by_user', account_id: partner.id });
    // Billing ends with the release (ordering consumes number.released): the order shows the number released.
    await waitFor(
      async () =>
        (await call('GET', `/v1/number-orders/${res.body.id}`, partner)).body.phone_numbers[0].status === 'released',
      { what: 'the order to show the release' },
    );
    expect((await call('DELETE', '/v1/numbers/not-an-id', partner)).body.errors).toEqual([
      expect.objectContaining({ field: 'path.id' }),
    ]);
  });

  it('PATCH auto_renew changes only that; an empty or unknown body is 400', async () => {
    const res = await order(partner, { country_code: 'US', number_type: 'local', phone_numbers: [AUSTIN_444[3]] });
    const id = (await settled(partner, res.body.id)).phone_numbers[0].id;
    const off = await call('PATCH', `/v1/numbers/${id}`, partner, { body: { auto_renew: false } });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ id, record_type: 'phone_number', auto_renew: false, cancel_at_period_end: false });
    expect((await call('PATCH', `/v1/numbers/${id}`, partner, { body: {} })).status).toBe(400);
    expect((await call('PATCH', `/v1/numbers/${id}`, partner, { body: { auto_renew: 'no' } })).body.errors).toEqual([
      expect.objectContaining({ field: 'auto_renew' }),
    ]);
    expect((await call('PATCH', `/v1/numbers/${id}`, otherPartner, { body: { auto_renew: true } })).status).toBe(404);
  });

  it('lookups are a POST with an Idempotency-Key, charged once per key; an invalid number is 400 and free; GET is gone', async () => {
    const before = await balance(partner);
    const lookup = (body: object, key: string | null = randomUUID()) =>
      call('POST', '/v1/numbers/lookups', partner, { body, headers: key ? { 'idempotency-key': key } : {} });
    const res = await lookup({ phone_number: AUSTIN_555[1], type: 'carrier' }, 'lookup-once');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      record_type: 'number_lookup',
      phone_number: AUSTIN_555[1],
      type: 'carrier',
      valid: true,
      currency: 'USD',
    });
    expect(res.body.fee_cents).toBeGreaterThan(0);
    expect(await balance(partner)).toBe(before - res.body.fee_cents);
    const fees = (await call('GET', '/v1/ledger?kind=lookup_fee', partner)).body.data;
    expect(fees).toEqual([expect.objectContaining({ amount_cents: -res.body.fee_cents, reference: res.body.id })]);

    // A retry with the same key is the same answer and no second fee.
    const retry = await lookup({ phone_number: AUSTIN_555[1], type: 'carrier' }, 'lookup-once');
    expect(retry.text).toBe(res.text);
    expect(await balance(partner)).toBe(before - res.body.fee_cents);

    const noKey = await lookup({ phone_number: AUSTIN_555[1], type: 'carrier' }, null);
    expect(noKey.status).toBe(400);
    expect(noKey.body.code).toBe('idempotency_key_required');
    const oldGet = await call(
      'GET',
      `/v1/numbers/lookup?phone_number=${encodeURIComponent(AUSTIN_555[1])}&type=carrier`,
      partner,
    );
    expect(oldGet.status).toBe(404);
    expect(oldGet.body).toMatchObject({
      code: 'route_not_found',
      detail: expect.stringContaining('POST /v1/numbers/lookups'),
    });

    const bad = await lookup({ phone_number: '12345', type: 'carrier' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'phone_number' })]);
    const badType = await lookup({ phone_number: AUSTIN_555[1], type: 'everything' });
    expect(badType.body.errors).toEqual([expect.objectContaining({ field: 'type', rule: 'enum' })]);
    expect(await balance(partner)).toBe(before - res.body.fee_cents);
  });

  it('an order interrupted between claim and charge is abandoned by the reconciler, its numbers given back, and a retry with the key places it once', async () => {
    const key = randomUUID();
    const body = { country_code: 'US', number_type: 'local', phone_numbers: [DALLAS[4]] };
    // As if ordering died right after inventory's claim: the order row is placing and inventory holds the number for it.
    const stuckId = 'nor_01kstuck0000000000000000';
    await w.rows(
      `insert into ordering.number_orders (id, account_id, partner_id, idempotency_key, request_hash, status, country_code, number_type, currency, auto_renew, created_at, updated_at)
       select ?, ?, null, ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'placing', 'US', 'local', 'USD', true, ?, ? `,
      [
        stuckId,
        partner.id,
        key,
        JSON.stringify({ country_code: 'US', number_type: 'local', phone_numbers: [DALLAS[4]], auto_renew: true }),
        w.clock.now(),
        w.clock.now(),
      ],
    );
    await w.ordering.get(RpcClient).request(NumberLifecyclePatterns.Claim, {
      order_id: stuckId,
      account_id: partner.id,
      partner_id: null,
      country_code: 'US',
      number_type: 'local',
      selection: { kind: 'numbers', phone_numbers: [DALLAS[4]], reservation_id: null },
    });
    expect(await searchable(otherPartner, DALLAS[4])).toBe(false);
    const before = await balance(partner);

    w.clock.advance(120_000);
    expect(await w.ordering.get(OrderReconciler).run()).toBe(1);
    expect(
      (await w.rows(`select status, claims_released_at from ordering.number_orders where id = ?`, [stuckId]))[0],
    ).toMatchObject({ status: 'rejected' });
    expect(await searchable(otherPartner, DALLAS[4])).toBe(true);
    expect(await balance(partner)).toBe(before);

    // The client retries with the same key and body: the order is placed (under a new id: inventory never claims
    // again for an attempt whose numbers it gave back) and charged once.
    const retry = await order(partner, body, key);
    expect(retry.status).toBe(201);
    expect(retry.body.id).not.toBe(stuckId);
    expect(await balance(partner)).toBe(before - 250);
    expect((await settled(partner, retry.body.id)).status).toBe('success');
    expect(
      (
        await w.rows(
          `select count(*)::int as n from ordering.number_orders where account_id = ? and idempotency_key = ?`,
          [partner.id, key],
        )
      )[0].n,
    ).toBe(1);
  });
});
