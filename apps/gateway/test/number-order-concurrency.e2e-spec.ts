import { randomUUID } from 'node:crypto';
import { waitFor } from '@did/testing';
import { IngestService } from '../../inventory/src/ingest/ingest.service'; // eslint-disable-line @nx/enforce-module-boundaries -- cross-service e2e: loads extra carrier rows
import { houstonRow } from '../../inventory/test/fixture-numbers'; // eslint-disable-line @nx/enforce-module-boundaries -- the shared carrier rows of the tests
import { OrdersWorld, startOrdersWorld } from './orders-world';

/** 200 free Houston numbers, 713-600-0000 up. */
const HOUSTON = Array.from({ length: 200 }, (_, i) => `+1713600${String(i).padStart(4, '0')}`);
/** 100 more, 713-601-0000 up: enough for every duplicate of the same-key test to have been a separate order. */
const MORE_HOUSTON = Array.from({ length: 100 }, (_, i) => `+1713601${String(i).padStart(4, '0')}`);
const SAME_KEY_KEYS = 4;
const SAME_KEY_COPIES = 25;

jest.setTimeout(180_000);

describe('number orders under concurrency (gateway + ordering + inventory + carrier sandbox)', () => {
  let w: OrdersWorld;

  beforeAll(async () => {
    w = await startOrdersWorld();
    await w.inventory.get(IngestService).ingestRows([...HOUSTON, ...MORE_HOUSTON].map(houstonRow));
    // Each order below costs exactly 10: setup 5 + the first 30 days 5.
    await w.rows(
      `update ordering.price_lists set setup_cents = 5, monthly_cents = 5 where country_code = 'US' and number_type = 'local' and currency = 'USD'`,
    );
  });

  afterAll(async () => {
    await w.close();
  });

  it('a wallet of 1,000 and 200 concurrent orders of 10: exactly 100 succeed, 100 get 402, the balance ends at 0 and was never negative', async () => {
    const buyer = await w.gw.newPartner('Concurrent Buyer');
    await w.fund(buyer.id, 1_000);
    // As a real client does: a 504 (200 orders at once on a shared machine can outlast the gateway's RPC timeout)
    // or an "in progress" is retried with the same Idempotency-Key until the order's outcome comes back.
    const placeUntilAnswered = async (e164: string) => {
      const key = randomUUID();
      for (let attempt = 1; ; attempt++) {
        const r = await w.gw.call('POST', '/v1/number-orders', {
          key: buyer.key,
          headers: { 'idempotency-key': key },
          body: { country_code: 'US', number_type: 'local', phone_numbers: [e164] },
        });
        const pending =
          r.status === 504 ||
          (r.status === 409 && ['order_in_progress', 'idempotency_request_in_progress'].includes(r.body.code));
        if (!pending || attempt === 30) return r;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    };
    const results = await Promise.all(HOUSTON.map(placeUntilAnswered));
    const statuses = results.map((r) => r.status);
    // Any other answer is named here rather than only miscounted below.
    expect(results.filter((r) => r.status !== 201 && r.status !== 402).map((r) => [r.status, r.body.code])).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(100);
    expect(statuses.filter((s) => s === 402)).toHaveLength(100);
    for (const r of results.filter((x) => x.status === 402)) expect(r.body.code).toBe('balance_insufficient');

    const balance = await w.gw.call('GET', '/v1/balance', { key: buyer.key });
    expect(balance.body.balance_cents).toBe(0);
    const entries = await w.rows<{ amount_cents: string; balance_after_cents: string; sequence: number }>(
      `select e.amount_cents, e.balance_after_cents, e.sequence from ordering.ledger_entries e join ordering.wallets w on w.id = e.wallet_id where w.account_id = ? order by e.sequence`,
      [buyer.id],
    );
    // Funding plus exactly 100 debits; every running balance was >= 0 and each follows the previous one.
    expect(entries).toHaveLength(101);
    let running = 0;
    for (const e of entries) {
      running += Number(e.amount_cents);
      expect(Number(e.balance_after_cents)).toBe(running);
      expect(running).toBeGreaterThanOrEqual(0);
    }
    // The numbers of the refused orders are not held by anyone.
    const refused = HOUSTON.filter((_, i) => results[i].status === 402);
    // (A refusal is answered once it is recorded; its claim on the numbers is given back just after, in its own transaction.)
    await waitFor(
      async () =>
        (
          await w.rows(
            `select count(*)::int as held from inventory.numbers where e164 = any(?) and state <> 'available'`,
            [refused],
          )
        )[0].held === 0,
      {
        what: "the refused orders' numbers given back",
      },
    );
  });

  it(`${SAME_KEY_KEYS} Idempotency-Keys, each sent ${SAME_KEY_COPIES} times at once on a quantity order any free number can fill: one order and one charge per key`, async () => {
    const buyer = await w.gw.newPartner('Same-Key Buyer');
    await w.fund(buyer.id, 10_000);
    const keys = Array.from({ length: SAME_KEY_KEYS }, () => randomUUID());
    // Any free Houston number fills it (at least 100 are free): without idempotency every copy would be its own order and charge.
    const body = { country_code: 'US', number_type: 'local', quantity: 1, filters: { locality: 'Houston' } };
    const sent = keys.flatMap((key) => Array.from({ length: SAME_KEY_COPIES }, () => key));
    const results = await Promise.all(
      sent.map(async (key) => ({
        key,
        res: await w.gw.call('POST', '/v1/number-orders', {
          key: buyer.key,
          headers: { 'idempotency-key': key },
          body,
        }),
      })),
    );
    // Only the order, its replay, or "the first request with this key is still running".
    expect(
      results
        .filter(
          ({ res }) =>
            !(res.status === 201 || (res.status === 409 && res.body.code === 'idempotency_request_in_progress')),
        )
        .map(({ res }) => [res.status, res.body.code]),
    ).toEqual([]);
    for (const key of keys) {
      const created = results.filter((r) => r.key === key && r.res.status === 201).map((r) => r.res);
      // One request per key ran the order; every other 201 is its replay, byte for byte.
      expect(created.filter((r) => r.headers.get('idempotent-replayed') !== 'true')).toHaveLength(1);
      expect(new Set(created.map((r) => r.text)).size).toBe(1);
    }
    const orders = await w.rows<{ id: string; idempotency_key: string; numbers: number }>(
      `select o.id, o.idempotency_key, (select count(*)::int from ordering.order_numbers n where n.order_id = o.id) as numbers from ordering.number_orders o where o.account_id = ?`,
      [buyer.id],
    );
    expect(orders.map((o) => [o.idempotency_key, o.numbers]).sort()).toEqual(keys.map((k) => [k, 1]).sort());
    const charges = await w.rows<{ reference: string; n: number }>(
      `select e.reference, count(*)::int as n from ordering.ledger_entries e join ordering.wallets wl on wl.id = e.wallet_id where wl.account_id = ? and e.kind = 'order_charge' group by e.reference`,
      [buyer.id],
    );
    expect(charges.map((c) => [c.reference, c.n]).sort()).toEqual(orders.map((o) => [o.id, 1]).sort());
    expect((await w.gw.call('GET', '/v1/balance', { key: buyer.key })).body.balance_cents).toBe(
      10_000 - SAME_KEY_KEYS * 10,
    );
  });
});
