import {
  BillingPatterns,
  PartnerStatement,
  PortingBillingPatterns,
  ResalePatterns,
  Transfer,
  WalletCaller,
} from '@did/contracts';
import { randomId } from '@did/service-kit';
import { CYCLE_MS } from '../src/subscriptions/billing-cycle';
import { RenewalsService } from '../src/subscriptions/renewals.service';
import { failure, OrderingFixture, startOrdering } from './ordering-fixture';
import { resaleWorld } from './resale-world';

describe('partner transfers to tenants and the partner statement (real PostgreSQL and NATS)', () => {
  let o: OrderingFixture;
  let w: ReturnType<typeof resaleWorld>;
  let partner: WalletCaller;
  let tenant: WalletCaller;
  let other: WalletCaller;

  const transfer = (
    caller: WalletCaller,
    tenantId: string,
    amount: number,
    key = randomId('key'),
    description?: string,
  ) =>
    o.rpc.request<Transfer>(ResalePatterns.CreateTransfer, {
      caller,
      transfer: { tenant_account_id: tenantId, amount_cents: amount, description },
      idempotency_key: key,
    });
  const statement = (caller: WalletCaller, from: Date, to: Date) =>
    o.rpc.request<PartnerStatement>(ResalePatterns.Statement, {
      caller,
      query: { from: from.toISOString(), to: to.toISOString() },
    });

  beforeAll(async () => {
    o = await startOrdering({ RENEWAL_INTERVAL_MS: '0' });
    w = resaleWorld(o);
    ({
      partner,
      tenants: [tenant, other],
    } = await w.partnerWithTenants(2));
  });

  afterEach(async () => {
    await w.expectLedgersWhole();
  });

  afterAll(async () => {
    w.stop();
    await o.close();
  });

  it('moves money from the partner to its tenant on both ledgers; the same key replays, even concurrently', async () => {
    await w.f.fund(partner.account_id, 1_000);
    const key = randomId('key');
    const first = await transfer(partner, tenant.account_id, 300, key, 'March credit');
    expect(first).toMatchObject({
      record_type: 'transfer',
      account_id: partner.account_id,
      tenant_account_id: tenant.account_id,
      amount_cents: 300,
      currency: 'USD',
      description: 'March credit',
      balance_after_cents: 700,
    });
    expect(first.id).toMatch(/^trf_/);
    const again = await Promise.all(
      [1, 2, 3].map(() => transfer(partner, tenant.account_id, 300, key, 'March credit')),
    );
    for (const replay of again) expect(replay).toEqual(first);
    expect(await w.balances(partner.account_id, tenant.account_id)).toEqual([700, 300]);
    expect(await w.partnerEntries(partner.account_id, `transfer:${key}`)).toEqual([
      expect.objectContaining({ kind: 'transfer', amount: -300, tenant: tenant.account_id }),
    ]);
    expect((await w.f.entries(tenant.account_id, 'transfer')).map((e) => [e.amount, e.idempotency_key])).toEqual([
      [300, `transfer:${key}`],
    ]);
  });

  it('refuses, moving nothing: the key reused for another tenant (409), more than the balance (402), a foreign tenant (404), a tenant caller (403)', async () => {
    const key = randomId('key');
    await transfer(partner, tenant.account_id, 10, key);
    const before = await w.balances(partner.account_id, tenant.account_id, other.account_id);
    expect(await failure(transfer(partner, other.account_id, 10, key))).toMatchObject({
      type: 'conflict',
      code: 'idempotency_key_reused',
    });
    expect(await failure(transfer(partner, tenant.account_id, 20, key))).toMatchObject({
      code: 'idempotency_key_reused',
    });
    expect(await failure(transfer(partner, tenant.account_id, before[0] + 1))).toMatchObject({
      type: 'payment_required',
      code: 'balance_insufficient',
    });
    const {
      tenants: [foreign],
    } = await w.partnerWithTenants();
    expect(await failure(transfer(partner, foreign.account_id, 1))).toMatchObject({
      type: 'not_found',
      code: 'account_not_found',
    });
    expect(await failure(transfer(partner, partner.account_id, 1))).toMatchObject({ code: 'account_not_found' });
    expect(await failure(transfer(tenant, other.account_id, 1))).toMatchObject({
      type: 'forbidden',
      code: 'partner_only',
    });
    expect(await w.balances(partner.account_id, tenant.account_id, other.account_id)).toEqual(before);
  });

  it('the statement per tenant matches the partner ledger: payments, platform charges net of refunds, margin, transfers', async () => {
    // The earlier tests' entries are left before the period.
    o.clock.advance(1_000);
    const start = o.clock.now();
    await w.markup(partner, 1_000);
    await w.f.fund(tenant.account_id, 10_000);
    await w.f.fund(other.account_id, 10_000);
    // tenant: a renewal with a margin of 30 and a lookup (no margin); other: porting fees, one refunded, and a transfer.
    await w.f.newNumber(tenant, { monthlyCents: 130, partnerMonthlyCents: 100 });
    o.clock.advance(CYCLE_MS);
    await o.app.get(RenewalsService).runOnce();
    const lookup = await o.rpc.request<{ fee_cents: number }>(BillingPatterns.Lookup, {
      caller: tenant,
      query: { phone_number: '+15125550150', type: 'carrier' },
      lookup_id: randomId('lkp'),
    });
    const portOrder = randomId('por');
    const numbers = ['+15125550160', '+15125550161'].map((phone_number) => ({
      phone_number,
      country_code: 'US',
      number_type: 'local',
    }));
    const fees = await o.rpc.request<{ total_cents: number; numbers: { fee_cents: number }[] }>(
      PortingBillingPatterns.ChargeFees,
      { caller: other, port_order_id: portOrder, submission: 1, numbers },
    );
    await o.rpc.request(PortingBillingPatterns.RefundFees, {
      port_order_id: portOrder,
      phone_numbers: ['+15125550160'],
      reason: 'dropped',
    });
    await transfer(partner, other.account_id, 25);
    o.clock.advance(1_000);
    const end = o.clock.now();

    const got = await statement(partner, start, end);
    const porting = fees.total_cents - fees.numbers[0].fee_cents;
    const expected = [
      {
        tenant_account_id: tenant.account_id,
        tenant_paid_cents: 130 + lookup.fee_cents,
        platform_charged_cents: 100 + lookup.fee_cents,
        margin_cents: 30,
        transferred_cents: 0,
      },
      {
        tenant_account_id: other.account_id,
        tenant_paid_cents: porting,
        platform_charged_cents: porting,
        margin_cents: 0,
        transferred_cents: 25,
      },
    ].sort((a, b) => a.tenant_account_id.localeCompare(b.tenant_account_id));
    expect(got).toEqual({
      record_type: 'partner_statement',
      account_id: partner.account_id,
      currency: 'USD',
      from: start.toISOString(),
      to: end.toISOString(),
      data: expected,
      totals: {
        tenant_paid_cents: 130 + lookup.fee_cents + porting,
        platform_charged_cents: 100 + lookup.fee_cents + porting,
        margin_cents: 30,
        transferred_cents: 25,
      },
    });
    // The same figures straight from the partner's entries in the period.
    const rows = await o.rows<{ tenant_account_id: string; kind: string; amount_cents: string }>(
      `select e.tenant_account_id, e.kind, e.amount_cents from ordering.ledger_entries e join ordering.wallets w on w.id = e.wallet_id where w.account_id = ? and e.created_at >= ? and e.created_at < ? and e.tenant_account_id is not null`,
      [partner.account_id, start, end],
    );
    for (const row of got.data) {
      const mine = rows.filter((r) => r.tenant_account_id === row.tenant_account_id);
      const sum = (pick: (kind: string) => boolean) =>
        mine.filter((r) => pick(r.kind)).reduce((s, r) => s + Number(r.amount_cents), 0);
      expect(row.tenant_paid_cents).toBe(sum((k) => k === 'tenant_payment'));
      expect(row.platform_charged_cents).toBe(0 - sum((k) => k !== 'tenant_payment' && k !== 'transfer'));
      expect(row.transferred_cents).toBe(0 - sum((k) => k === 'transfer'));
    }

    // A period before any resale is empty; a tenant cannot read one.
    expect(
      await statement(partner, new Date(start.getTime() - 60_000), new Date(start.getTime() - 30_000)),
    ).toMatchObject({
      data: [],
      totals: { tenant_paid_cents: 0, platform_charged_cents: 0, margin_cents: 0, transferred_cents: 0 },
    });
    expect(await failure(statement(tenant, start, end))).toMatchObject({ type: 'forbidden', code: 'partner_only' });
  });

  it('bounds the period: at most 366 days, to after from, each error naming query.to and its rule', async () => {
    const from = new Date('2026-01-01T00:00:00Z');
    expect(await statement(partner, from, new Date('2027-01-02T00:00:00Z'))).toMatchObject({
      record_type: 'partner_statement',
    });
    expect(await failure(statement(partner, from, new Date('2027-01-02T00:00:01Z')))).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'query.to', rule: 'max:366', message: 'must be at most 366 days after from' }],
    });
    expect(await failure(statement(partner, from, from))).toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ field: 'query.to', message: 'must be later than from' })],
    });
  });
});
