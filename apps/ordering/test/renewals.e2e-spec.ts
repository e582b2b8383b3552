import { PaymentMethod, PaymentMethodPatterns, WalletPatterns } from '@did/contracts';
import { CYCLE_MS } from '../src/subscriptions/billing-cycle';
import { RenewalsService } from '../src/subscriptions/renewals.service';
import { OrderingFixture, startOrdering } from './ordering-fixture';
import { subscriptionsFactory } from './subscriptions-factory';

const H = 3_600_000;
const DAY = 24 * H;

describe('renewal job (real PostgreSQL and NATS, manual clock)', () => {
  let o: OrderingFixture;
  let f: ReturnType<typeof subscriptionsFactory>;
  let renewals: RenewalsService;
  const run = () => renewals.runOnce();

  beforeAll(async () => {
    o = await startOrdering({ RENEWAL_INTERVAL_MS: '0', RENEWAL_BATCH_SIZE: '7' });
    f = subscriptionsFactory(o);
    renewals = o.app.get(RenewalsService);
  });

  afterAll(async () => {
    await o.close();
  });

  it('runs 12 cycles: 12 contiguous renewal debits, one per 30-day period, and paid_until 12 x 30 days on', async () => {
    const caller = o.newCaller();
    const start = o.clock.now();
    const n = await f.newNumber(caller, { monthlyCents: 100 });
    await f.fund(caller.account_id, 1_200);
    for (let i = 1; i <= 12; i++) {
      o.clock.set(new Date(start.getTime() + i * CYCLE_MS));
      await run();
      await run();
    }
    const renewalsOf = await f.entries(caller.account_id, 'renewal');
    expect(renewalsOf.map((e) => e.idempotency_key)).toEqual(
      Array.from(
        { length: 12 },
        (_, i) => `renewal:${n.numberId}:${new Date(start.getTime() + (i + 1) * CYCLE_MS).toISOString()}`,
      ),
    );
    expect(renewalsOf.map((e) => e.amount)).toEqual(Array(12).fill(-100));
    expect(renewalsOf.map((e) => e.sequence)).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
    expect((await f.sub(n.numberId)).paid_until).toEqual(new Date(start.getTime() + 13 * CYCLE_MS));
    expect(await f.balance(caller.account_id)).toBe(0);
    await f.expectChainIntact(caller.account_id);
    expect(await f.events('number.renewed', n.numberId)).toHaveLength(12);
    const periods = await o.rows<{ period_start: string; period_end: string }>(
      `select period_start::text, period_end::text from ordering.billing_periods where number_id = ? order by period_start`,
      [n.numberId],
    );
    expect(periods).toHaveLength(13);
    periods.slice(1).forEach((p, i) => expect(p.period_start).toEqual(periods[i].period_end));
  });

  it('charges each period once when five runs go at the same time', async () => {
    const callers = [o.newCaller(), o.newCaller(), o.newCaller()];
    const numbers = [];
    for (let i = 0; i < 20; i++) numbers.push(await f.newNumber(callers[i % 3], { monthlyCents: 10 + i }));
    for (const c of callers) await f.fund(c.account_id, 1_000);
    o.clock.advance(CYCLE_MS);
    const results = await Promise.all(Array.from({ length: 5 }, run));
    expect(results.reduce((sum, r) => sum + r.renewed, 0)).toBe(20);
    for (const n of numbers) {
      expect(
        await o.rows(`select 1 from ordering.billing_periods where number_id = ? and kind = 'renewal'`, [n.numberId]),
      ).toHaveLength(1);
    }
    for (const c of callers) {
      expect((await f.entries(c.account_id, 'renewal')).length).toBe(
        numbers.filter((_, i) => i % 3 === callers.indexOf(c)).length,
      );
      await f.expectChainIntact(c.account_id);
    }
  });

  it('renews exactly the affordable renewals of a wallet, in due order', async () => {
    const caller = o.newCaller();
    const t0 = o.clock.now();
    const first = await f.newNumber(caller, { monthlyCents: 150, activatedAt: new Date(t0.getTime() - 3 * H) });
    const second = await f.newNumber(caller, { monthlyCents: 200, activatedAt: new Date(t0.getTime() - 2 * H) });
    const third = await f.newNumber(caller, { monthlyCents: 100, activatedAt: new Date(t0.getTime() - H) });
    await f.fund(caller.account_id, 250);
    o.clock.advance(CYCLE_MS);
    await run();
    expect((await f.sub(first.numberId)).status).toBe('active');
    expect((await f.sub(second.numberId)).status).toBe('past_due');
    expect((await f.sub(third.numberId)).status).toBe('active');
    expect(await f.balance(caller.account_id)).toBe(0);
    await f.expectChainIntact(caller.account_id);
  });

  it('past due: retried 1 h, 6 h, 24 h later, then ended unpaid when the 7-day grace ends (number.billing_ended), never charged', async () => {
    const caller = o.newCaller();
    const n = await f.newNumber(caller, { monthlyCents: 100 });
    const paidUntil = new Date(o.clock.now().getTime() + CYCLE_MS);
    o.clock.set(paidUntil);
    await run();
    let sub = await f.sub(n.numberId);
    expect(sub).toMatchObject({
      status: 'past_due',
      failed_attempts: 1,
      next_retry_at: new Date(paidUntil.getTime() + H),
    });
    const [failed] = await f.events('number.renewal_failed', n.numberId);
    expect(failed).toMatchObject({
      failure_code: 'balance_insufficient',
      release_at: new Date(paidUntil.getTime() + 7 * DAY).toISOString(),
      next_retry_at: new Date(paidUntil.getTime() + H).toISOString(),
    });

    await run(); // not due again before next_retry_at
    expect((await f.sub(n.numberId)).failed_attempts).toBe(1);
    o.clock.set(sub.next_retry_at!);
    await run();
    sub = await f.sub(n.numberId);
    expect(sub).toMatchObject({
      status: 'past_due',
      failed_attempts: 2,
      next_retry_at: new Date(paidUntil.getTime() + 7 * H),
    });
    o.clock.set(sub.next_retry_at!);
    await run();
    expect((await f.sub(n.numberId)).next_retry_at).toEqual(new Date(paidUntil.getTime() + 31 * H));
    for (let i = 0; i < 10 && (await f.sub(n.numberId)).status === 'past_due'; i++) {
      o.clock.set((await f.sub(n.numberId)).next_retry_at!);
      await run();
    }
    sub = await f.sub(n.numberId);
    expect(sub).toMatchObject({
      status: 'ended',
      end_reason: 'unpaid',
      ended_at: new Date(paidUntil.getTime() + 7 * DAY),
    });
    expect(await f.events('number.billing_ended', n.numberId)).toEqual([
      expect.objectContaining({ reason: 'unpaid', number_id: n.numberId }),
    ]);
    expect(await f.entries(caller.account_id, 'renewal')).toHaveLength(0);
  });

  it('a top-up while past due: the next retry settles it with exactly one charge, for the period that was due', async () => {
    const caller = o.newCaller();
    const n = await f.newNumber(caller, { monthlyCents: 100 });
    const paidUntil = new Date(o.clock.now().getTime() + CYCLE_MS);
    o.clock.set(paidUntil);
    await run();
    await f.fund(caller.account_id, 100);
    o.clock.set((await f.sub(n.numberId)).next_retry_at!);
    await Promise.all([run(), run()]);
    await run();
    expect(await f.entries(caller.account_id, 'renewal')).toEqual([
      expect.objectContaining({ amount: -100, idempotency_key: `renewal:${n.numberId}:${paidUntil.toISOString()}` }),
    ]);
    expect(await f.sub(n.numberId)).toMatchObject({
      status: 'active',
      failed_attempts: 0,
      next_retry_at: null,
      paid_until: new Date(paidUntil.getTime() + CYCLE_MS),
    });
  });

  it('auto-renew off: billing ends at paid_until with no charge (number.billing_ended renewal_cancelled)', async () => {
    const caller = o.newCaller();
    const n = await f.newNumber(caller, { autoRenew: false });
    await f.fund(caller.account_id, 1_000);
    o.clock.advance(CYCLE_MS);
    await run();
    expect(await f.sub(n.numberId)).toMatchObject({ status: 'ended', end_reason: 'renewal_cancelled' });
    expect(await f.events('number.billing_ended', n.numberId)).toEqual([
      expect.objectContaining({ reason: 'renewal_cancelled' }),
    ]);
    expect(await f.entries(caller.account_id, 'renewal')).toHaveLength(0);
  });

  it('reseller: the tenant pays its price, its partner is credited that payment and pays the partner price, in one transaction; a tenant short of funds fails both sides', async () => {
    const tenant = o.newCaller();
    const n = await f.newNumber(tenant, { monthlyCents: 150, partnerMonthlyCents: 100 });
    await f.fund(tenant.account_id, 300);
    // The partner's balance stays 0: the tenant's payment is credited before the partner price is debited.
    o.clock.advance(CYCLE_MS);
    await run();
    const key = `renewal:${n.numberId}:${new Date(o.clock.now()).toISOString()}`;
    expect(await f.entries(tenant.account_id, 'renewal')).toEqual([
      expect.objectContaining({ amount: -150, idempotency_key: key }),
    ]);
    expect((await f.entries(tenant.partner_id!)).map((e) => [e.kind, e.amount, e.idempotency_key])).toEqual([
      ['tenant_payment', 150, `${key}:tenant-payment`],
      ['renewal', -100, `${key}:partner`],
    ]);

    o.clock.advance(CYCLE_MS);
    await run();
    o.clock.advance(CYCLE_MS);
    await run();
    expect((await f.sub(n.numberId)).status).toBe('past_due');
    expect(await f.entries(tenant.account_id, 'renewal')).toHaveLength(2);
    expect(await f.entries(tenant.partner_id!, 'renewal')).toHaveLength(2);
    expect(await f.balance(tenant.account_id)).toBe(0);
    expect(await f.balance(tenant.partner_id!)).toBe(100);
    await f.expectChainIntact(tenant.account_id);
    await f.expectChainIntact(tenant.partner_id!);
  });

  it('with several loops (RENEWAL_WORKERS), a partner paying for many tenants is renewed by one loop, in due order, each period once', async () => {
    const several = await startOrdering({ RENEWAL_INTERVAL_MS: '0', RENEWAL_BATCH_SIZE: '3', RENEWAL_WORKERS: '4' });
    try {
      const g = subscriptionsFactory(several);
      const partnerId = several.newCaller().account_id;
      const t0 = several.clock.now();
      // 12 tenants of one partner, due one minute apart. The partner price is above the tenant price here (a loss of 10
      // per renewal, beyond each tenant's payment), so the partner's wallet covers the first 7 renewals only.
      const numbers = [];
      for (let i = 0; i < 12; i++) {
        const tenant = several.newCaller('USD', partnerId);
        numbers.push(
          await g.newNumber(tenant, {
            monthlyCents: 40,
            partnerMonthlyCents: 50,
            activatedAt: new Date(t0.getTime() - (12 - i) * 60_000),
          }),
        );
        await g.fund(tenant.account_id, 40);
      }
      await g.fund(partnerId, 70);
      several.clock.advance(CYCLE_MS);
      const [first, second] = await Promise.all([
        several.app.get(RenewalsService).runOnce(),
        several.app.get(RenewalsService).runOnce(),
      ]);
      expect(first.renewed + second.renewed).toBe(7);
      const statuses = await Promise.all(numbers.map(async (n) => (await g.sub(n.numberId)).status));
      expect(statuses).toEqual([...Array(7).fill('active'), ...Array(5).fill('past_due')]);
      expect(await g.balance(partnerId)).toBe(0);
      await g.expectChainIntact(partnerId);
    } finally {
      await several.close();
    }
  });

  it('charges the saved card first (auto-recharge) when the renewal would not fit', async () => {
    const caller = o.newCaller();
    const n = await f.newNumber(caller, { monthlyCents: 500 });
    const pm = await o.rpc.request<PaymentMethod>(PaymentMethodPatterns.Create, {
      caller,
      card: { card_number: '4242424242424242', exp_month: 12, exp_year: 2030, cvc: '123' },
    });
    await o.rpc.request(WalletPatterns.SetAutoRecharge, {
      caller,
      settings: { enabled: true, threshold_cents: 0, amount_cents: 1_000, payment_method_id: pm.id },
    });
    o.clock.advance(CYCLE_MS);
    await run();
    expect((await f.sub(n.numberId)).status).toBe('active');
    expect((await f.entries(caller.account_id)).map((e) => [e.kind, e.amount])).toEqual([
      ['top_up', 1_000],
      ['renewal', -500],
    ]);
  });

  it('wallet.low_balance 7 days and 1 day before a renewal the balance cannot cover, once each', async () => {
    const caller = o.newCaller();
    const n1 = await f.newNumber(caller, { monthlyCents: 100 });
    await f.newNumber(caller, { monthlyCents: 100, activatedAt: new Date(o.clock.now().getTime() + H) });
    await f.fund(caller.account_id, 150);
    const due = new Date(o.clock.now().getTime() + CYCLE_MS);
    const second = new Date(due.getTime() + H);
    const wallet = await f.walletOf(caller);
    o.clock.set(new Date(due.getTime() - 8 * DAY));
    await run();
    expect(await f.events('wallet.low_balance', wallet)).toHaveLength(0);
    o.clock.set(new Date(due.getTime() - 6 * DAY));
    await run();
    await run();
    expect(await f.events('wallet.low_balance', wallet)).toEqual([
      expect.objectContaining({ days_before: 7, due_at: second.toISOString(), balance_cents: 150, due_cents: 200 }),
    ]);
    o.clock.set(new Date(due.getTime() - 12 * H));
    await run();
    await run();
    expect((await f.events('wallet.low_balance', wallet)).map((e) => e.days_before)).toEqual([7, 1]);
    expect((await f.sub(n1.numberId)).status).toBe('active');
  });
});
