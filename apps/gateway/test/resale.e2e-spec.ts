import { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { LedgerEntryKind, PortingBillingPatterns } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { sortableId } from '@did/service-kit';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: funds wallets the way an adjustment would
import { LedgerService } from '../../ordering/src/wallets/ledger.service';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: opens wallets the way account.created does
import { WalletsService } from '../../ordering/src/wallets/wallets.service';
import { BillingWorld, startBillingWorld } from './billing-world';

type Key = { id: string; key: string };

describe('resale money routes: POST /v1/balance/transfers, GET /v1/partner/statement (gateway + ordering)', () => {
  let w: BillingWorld;
  let partner: Key;
  let tenant: Key;
  let otherPartner: Key;
  let foreignTenant: Key;

  const call = (
    method: string,
    path: string,
    who: Key,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ) => w.gw.call(method, path, { key: who.key, ...options });
  const transfer = (who: Key, body: object, key: string | null = randomUUID(), headers: Record<string, string> = {}) =>
    call('POST', '/v1/balance/transfers', who, {
      body,
      headers: key ? { 'idempotency-key': key, ...headers } : headers,
    });
  const balance = async (who: Key) => (await call('GET', '/v1/balance', who)).body.balance_cents as number;
  const ledger = async (who: Key, kind: string) =>
    (await call('GET', `/v1/ledger?kind=${kind}&limit=100`, who)).body.data as {
      amount_cents: number;
      reference: string;
      description: string;
    }[];
  const fund = async (accountId: string, cents: number, partnerId: string | null = null) => {
    const wallet = await w.ordering
      .get(WalletsService)
      .ensure({ account_id: accountId, partner_id: partnerId, currency: 'USD' });
    await w.ordering
      .get(EntityManager)
      .fork()
      .transactional((em) =>
        w.ordering.get(LedgerService).post(em, {
          walletId: wallet.id,
          kind: LedgerEntryKind.Adjustment,
          amountCents: cents,
          idempotencyKey: sortableId('fund'),
          description: 'test funding',
        }),
      );
  };

  beforeAll(async () => {
    w = await startBillingWorld();
    partner = await w.gw.newPartner('Resale Partner');
    tenant = await w.gw.newTenant(partner, 'Resale Tenant');
    otherPartner = await w.gw.newPartner('Other Partner');
    foreignTenant = await w.gw.newTenant(otherPartner, 'Not Yours');
    await fund(partner.id, 1_000);
  });

  afterAll(async () => {
    await w.close();
  });

  it('a partner moves money to its tenant: both ledgers, 201 once; a replay (even after the gateway lost its record) moves nothing more', async () => {
    const key = randomUUID();
    const first = await transfer(
      partner,
      { tenant_account_id: tenant.id, amount_cents: 300, description: 'Welcome credit' },
      key,
    );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      record_type: 'transfer',
      account_id: partner.id,
      tenant_account_id: tenant.id,
      amount_cents: 300,
      currency: 'USD',
      description: 'Welcome credit',
      balance_after_cents: 700,
    });
    const replay = await transfer(
      partner,
      { tenant_account_id: tenant.id, amount_cents: 300, description: 'Welcome credit' },
      key,
    );
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.text).toBe(first.text);
    // The gateway's own idempotency record is gone: ordering still has the key on both ledgers.
    await w.ordering.get(EntityManager).fork().getKnex().raw(`delete from gateway.idempotency_records`);
    const again = await transfer(
      partner,
      { tenant_account_id: tenant.id, amount_cents: 300, description: 'Welcome credit' },
      key,
    );
    expect(again.body).toEqual(first.body);

    expect([await balance(partner), await balance(tenant)]).toEqual([700, 300]);
    expect((await ledger(partner, 'transfer')).map((e) => [e.amount_cents, e.reference])).toEqual([
      [-300, first.body.id],
    ]);
    expect((await ledger(tenant, 'transfer')).map((e) => [e.amount_cents, e.reference])).toEqual([
      [300, first.body.id],
    ]);
  });

  it("refuses with problem+json, moving nothing: 402, 404 for another partner's tenant, 403 for a tenant or a partner acting as one, 400 for bad input", async () => {
    const before = [await balance(partner), await balance(tenant)];
    const poor = await transfer(partner, { tenant_account_id: tenant.id, amount_cents: before[0] + 1 });
    expect(poor.status).toBe(402);
    expect(poor.headers.get('content-type')).toContain('application/problem+json');
    expect(poor.body.code).toBe('balance_insufficient');
    const foreign = await transfer(partner, { tenant_account_id: foreignTenant.id, amount_cents: 1 });
    expect(foreign).toMatchObject({ status: 404, body: { code: 'account_not_found' } });
    expect((await transfer(partner, { tenant_account_id: otherPartner.id, amount_cents: 1 })).status).toBe(404);
    expect(await transfer(tenant, { tenant_account_id: tenant.id, amount_cents: 1 })).toMatchObject({
      status: 403,
      body: { code: 'partner_only' },
    });
    expect(
      await transfer(partner, { tenant_account_id: tenant.id, amount_cents: 1 }, randomUUID(), {
        'account-id': tenant.id,
      }),
    ).toMatchObject({ status: 403, body: { code: 'partner_only' } });
    expect(await transfer(partner, { tenant_account_id: tenant.id, amount_cents: 1 }, null)).toMatchObject({
      status: 400,
      body: { code: 'idempotency_key_required' },
    });
    const zero = await transfer(partner, { tenant_account_id: tenant.id, amount_cents: 0 });
    expect(zero).toMatchObject({
      status: 400,
      body: { errors: [expect.objectContaining({ field: 'amount_cents', rule: 'min:1' })] },
    });
    expect((await transfer(partner, { tenant_account_id: tenant.id, amount_cents: 1, memo: 'x' })).body.code).toBe(
      'unknown_field',
    );
    expect([await balance(partner), await balance(tenant)]).toEqual(before);
  });

  it('the statement shows per tenant what it paid, what the platform charged, the margin and the transfers, as the partner ledger does', async () => {
    // The first test's transfer is left before the period.
    w.clock.advance(1_000);
    const from = w.clock.now();
    await fund(tenant.id, 5_000, partner.id);
    // A resale charge through ordering as the porting service makes it: a platform fee the tenant pays, passed on to the platform.
    const caller = { account_id: tenant.id, partner_id: partner.id, currency: 'USD' };
    const fees = await w.ordering.get(RpcClient).request<{ total_cents: number }>(PortingBillingPatterns.ChargeFees, {
      caller,
      port_order_id: sortableId('por'),
      submission: 1,
      numbers: [{ phone_number: '+15125550100', country_code: 'US', number_type: 'local' }],
    });
    expect((await transfer(partner, { tenant_account_id: tenant.id, amount_cents: 50 })).status).toBe(201);
    w.clock.advance(1_000);
    const to = w.clock.now();

    const res = await call('GET', `/v1/partner/statement?from=${from.toISOString()}&to=${to.toISOString()}`, partner);
    expect(res.status).toBe(200);
    const row = {
      tenant_account_id: tenant.id,
      tenant_paid_cents: fees.total_cents,
      platform_charged_cents: fees.total_cents,
      margin_cents: 0,
      transferred_cents: 50,
    };
    const { tenant_account_id: _, ...totals } = row;
    expect(res.body).toEqual({
      record_type: 'partner_statement',
      account_id: partner.id,
      currency: 'USD',
      from: from.toISOString(),
      to: to.toISOString(),
      data: [row],
      totals,
    });
    // The partner's own ledger says the same.
    const sum = async (kind: string) =>
      (await ledger(partner, kind))
        .filter((e) => e.description.includes(tenant.id))
        .reduce((s, e) => s + e.amount_cents, 0);
    expect(await sum('tenant_payment')).toBe(row.tenant_paid_cents);
    expect(-(await sum('order_charge'))).toBe(row.platform_charged_cents);
  });

  it('statement: 400 naming the field and rule for a period over 366 days or missing; 403 for a tenant', async () => {
    const long = await call('GET', '/v1/partner/statement?from=2026-01-01T00:00:00Z&to=2027-01-03T00:00:00Z', partner);
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'query.to', rule: 'max:366', message: 'must be at most 366 days after from' }],
    });
    const missing = await call('GET', '/v1/partner/statement?from=2026-01-01T00:00:00Z', partner);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'query.to', rule: 'required' })]);
    expect(
      await call('GET', '/v1/partner/statement?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z', tenant),
    ).toMatchObject({ status: 403, body: { code: 'partner_only' } });
  });
});
