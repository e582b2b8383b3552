import { randomUUID } from 'node:crypto';
import { RpcClient } from '@did/messaging';
import { ResolveReply, RoutingPatterns } from '@did/contracts';
import { waitFor } from '@did/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the inventory tests' fixture numbers
import { AUSTIN_555 } from '../../inventory/test/fixture-numbers';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots usage in-process and plays the edge with its test helpers
import { startUsage, UsageWorld } from '../../usage/test/usage-world';
import { OrdersWorld, startOrdersWorld } from './orders-world';

type Key = { id: string; key: string };

/**
 * The whole usage money loop on real services (docs/usage-charging.md): a tenant buys a number,
 * ordering fixes its usage rates, the edge reports calls, usage rates them, ordering charges the
 * tenant (its payment credited to the partner) and the partner the platform price; a wallet that
 * cannot pay owes the rest, resolve refuses its normal calls, and a top-up settles the debt.
 */
describe('usage charging end to end (gateway + ordering + inventory + routing + usage + carrier sandbox)', () => {
  let w: OrdersWorld;
  let usage: UsageWorld;
  let rpc: RpcClient;
  let partner: Key;
  let tenant: Key;
  const call = (
    method: string,
    path: string,
    who: Key,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ) => w.gw.call(method, path, { key: who.key, ...options });
  const balance = async (who: Key) => (await call('GET', '/v1/balance', who)).body.balance_cents as number;
  const resolve = (e164: string, emergency = false) =>
    rpc.request<ResolveReply>(RoutingPatterns.Resolve, { to: e164, from: '+14155550123', emergency });
  const owedOf = async (who: Key) =>
    Number((await w.rows(`select owed_cents from ordering.wallets where account_id = ?`, [who.id]))[0].owed_cents);

  beforeAll(async () => {
    w = await startOrdersWorld();
    usage = await startUsage({}, { world: w.world, clock: w.clock });
    rpc = new RpcClient(usage.nc, {
      service: 'test',
      natsUrl: usage.config.NATS_URL,
      prefix: w.world.prefix,
      rpcTimeoutMs: 10_000,
    });
    partner = await w.gw.newPartner('Usage Partner');
    tenant = await w.gw.newTenant(partner, 'Usage Tenant');
    await w.fund(partner.id, 10_000);
    await w.fund(tenant.id, 10_000, partner.id);
    // The partner marks its tenants up 50%: the tenant pays 1.275 cents a minute where the platform charges 0.85.
    expect(
      (await call('PUT', '/v1/pricing/markups', partner, { body: { markups: [{ percent_basis_points: 5_000 }] } }))
        .status,
    ).toBe(200);
  });

  afterAll(async () => {
    await usage?.close();
    await w?.close();
  });

  it('charges calls at the rates the number was bought at, both sides of the resale, refuses calls while owed and settles on top-up', async () => {
    const e164 = AUSTIN_555[4];
    const ordered = await call('POST', '/v1/number-orders', tenant, {
      body: { country_code: 'US', number_type: 'local', phone_numbers: [e164] },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(ordered.status).toBe(201);
    expect((await w.settledOrder(tenant.key, ordered.body.id)).status).toBe('success');
    // Ordering fixed the number's rates at activation: the tenant's with the markup, the partner's platform rates.
    const [rates] = await waitFor(
      async () => {
        const r = await usage.rows(
          `select account_id, partner_id, rates, partner_rates from usage.number_rates where e164 = ?`,
          [e164],
        );
        return r.length ? r : undefined;
      },
      { what: 'the number rates in usage' },
    );
    expect(rates).toMatchObject({
      account_id: tenant.id,
      partner_id: partner.id,
      rates: { inbound_per_minute_micros: 1_275_000 },
      partner_rates: { inbound_per_minute_micros: 850_000 },
    });
    expect((await resolve(e164)).reason).not.toBe('balance_owed');

    // 20 minutes of calls: the tenant pays 25.5 cents (25 charged, 0.5 carried), the platform 17.
    const tenantBefore = await balance(tenant);
    const partnerBefore = await balance(partner);
    const calls = [
      usage.call(e164, { billable_seconds: 600, started_at: w.clock.now().toISOString() }),
      usage.call(e164, { billable_seconds: 600, started_at: w.clock.now().toISOString() }),
    ];
    await usage.publishRated(calls);
    const charged = async (who: Key) =>
      Number(
        (
          await w.rows(
            `select coalesce(sum(amount_cents), 0)::int as s from ordering.usage_charges where account_id = ?`,
            [who.id],
          )
        )[0].s,
      );
    await waitFor(async () => (await charged(tenant)) === 25 && (await charged(partner)) === 17, {
      what: 'the usage charged on both sides',
    });
    expect(tenantBefore - (await balance(tenant))).toBe(25);
    expect((await balance(partner)) - partnerBefore).toBe(25 - 17);
    const tenantEntries = (await call('GET', '/v1/ledger?kind=usage', tenant)).body.data;
    expect(tenantEntries.reduce((sum: number, e: { amount_cents: number }) => sum + e.amount_cents, 0)).toBe(-25);
    // Each ledger entry names its charge; the detail records of those charges are exactly the calls.
    const covered: string[] = [];
    for (const entry of tenantEntries)
      covered.push(
        ...(await call('GET', `/v1/usage/records?charge_id=${entry.reference}`, tenant)).body.data.map(
          (r: { id: string }) => r.id,
        ),
      );
    expect(covered.sort()).toEqual(calls.map((c) => c.record_id).sort());

    // Drain the tenant to 3 cents; 10 more minutes (12.75 + 0.5 carried = 13 cents) leave 10 owed.
    await w.fund(tenant.id, 3 - (await balance(tenant)), partner.id);
    await usage.publishRated([usage.call(e164, { billable_seconds: 600, started_at: w.clock.now().toISOString() })]);
    await waitFor(async () => (await owedOf(tenant)) === 10, { what: 'the tenant owing 10 cents' });
    expect(await balance(tenant)).toBe(0);
    const refused = await waitFor(
      async () => {
        const answer = await resolve(e164);
        return answer.reason === 'balance_owed' ? answer : undefined;
      },
      { what: 'resolve refusing the owing tenant' },
    );
    expect(refused.action).toBe('reject');
    // An emergency call is judged on 911 coverage alone, never on the debt.
    expect((await resolve(e164, true)).reason).toBe('emergency_not_covered');

    // A top-up pays the debt first, once; calls go through again.
    const card = await call('POST', '/v1/payment-methods', tenant, {
      body: { card_number: '4242424242424242', exp_month: 12, exp_year: 2030 },
    });
    expect(card.status).toBe(201);
    const partnerBeforeSettle = await balance(partner);
    const topUp = await call('POST', '/v1/balance/top-ups', tenant, {
      body: { amount_cents: 500, payment_method_id: card.body.id },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(topUp.status).toBe(201);
    expect(await owedOf(tenant)).toBe(0);
    expect(await balance(tenant)).toBe(490);
    expect((await balance(partner)) - partnerBeforeSettle).toBe(10);
    await waitFor(async () => ((await resolve(e164)).reason !== 'balance_owed' ? true : undefined), {
      what: 'resolve routing again',
    });

    // Every wallet's ledger sums to its balance.
    const unbalanced = await w.rows(
      `select w.account_id from ordering.wallets w left join ordering.ledger_entries e on e.wallet_id = w.id group by w.id having coalesce(sum(e.amount_cents), 0) <> w.balance_cents`,
    );
    expect(unbalanced).toEqual([]);
  });
});
