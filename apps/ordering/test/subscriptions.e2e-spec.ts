import {
  BillingPatterns,
  eventsStreamName,
  eventSubject,
  NumberBilling,
  UpcomingCharges,
  WalletCaller,
} from '@did/contracts';
import { sortableId } from '@did/service-kit';
import { consumerAckedThrough, waitFor } from '@did/testing';
import { CYCLE_MS } from '../src/subscriptions/billing-cycle';
import { NUMBER_RELEASED_DURABLE } from '../src/subscriptions/number-released.consumer';
import { RenewalsService } from '../src/subscriptions/renewals.service';
import { failure, OrderingFixture, startOrdering } from './ordering-fixture';
import { subscriptionsFactory } from './subscriptions-factory';

const DAY = 86_400_000;

describe('number billing over NATS: get, renew now, cancel and resume renewal, auto-renew, release check, upcoming', () => {
  let o: OrderingFixture;
  let f: ReturnType<typeof subscriptionsFactory>;
  let renewals: RenewalsService;
  const call = <T = NumberBilling>(
    pattern: string,
    caller: WalletCaller,
    number: string,
    extra: Record<string, unknown> = {},
  ) => o.rpc.request<T>(pattern, { caller, number, ...extra });

  beforeAll(async () => {
    o = await startOrdering({ RENEWAL_INTERVAL_MS: '0' });
    f = subscriptionsFactory(o);
    renewals = o.app.get(RenewalsService);
  });

  afterAll(async () => {
    await o.close();
  });

  it('shows the billing to the buyer (by id or E.164) and its partner; anyone else gets 404 number_not_found', async () => {
    const tenant = o.newCaller();
    const n = await f.newNumber(tenant, { monthlyCents: 120 });
    const billing = await call(BillingPatterns.Get, tenant, n.numberId);
    expect(billing).toMatchObject({
      record_type: 'number_billing',
      number_id: n.numberId,
      phone_number: n.e164,
      account_id: tenant.account_id,
      status: 'active',
      monthly_price_cents: 120,
      auto_renew: true,
      cancel_at_period_end: false,
      paid_until: new Date(o.clock.now().getTime() + CYCLE_MS).toISOString(),
      next_billing_date: new Date(o.clock.now().getTime() + CYCLE_MS).toISOString(),
      release_at: null,
    });
    expect(await call(BillingPatterns.Get, tenant, n.e164)).toEqual(billing);
    const partner: WalletCaller = { account_id: tenant.partner_id!, partner_id: null, currency: 'USD' };
    expect(await call(BillingPatterns.Get, partner, n.numberId)).toEqual(billing);

    const stranger = o.newCaller();
    for (const pattern of [
      BillingPatterns.Get,
      BillingPatterns.Renew,
      BillingPatterns.CancelRenewal,
      BillingPatterns.ResumeRenewal,
      BillingPatterns.CheckRelease,
    ]) {
      expect(await failure(call(pattern, stranger, n.numberId))).toMatchObject({
        type: 'not_found',
        code: 'number_not_found',
      });
    }
    expect(
      await failure(call(BillingPatterns.SetAutoRenew, stranger, n.numberId, { auto_renew: false })),
    ).toMatchObject({ code: 'number_not_found' });
    expect((await f.sub(n.numberId)).auto_renew).toBe(true);
    expect(await failure(call(BillingPatterns.Get, tenant, 'pn_doesnotexist0000'))).toMatchObject({
      code: 'number_not_found',
    });
  });

  it('cancel renewal: stays active until paid_until, then ends with no charge; a second cancel is 409; resume before then renews again', async () => {
    const caller = o.newCaller();
    const n = await f.newNumber(caller);
    await f.fund(caller.account_id, 1_000);
    const cancelled = await call(BillingPatterns.CancelRenewal, caller, n.numberId);
    expect(cancelled).toMatchObject({
      cancel_at_period_end: true,
      status: 'active',
      next_billing_date: null,
      release_at: cancelled.paid_until,
    });
    expect(await f.events('number.cancellation_scheduled', n.numberId)).toEqual([
      expect.objectContaining({ paid_until: cancelled.paid_until }),
    ]);
    expect(await failure(call(BillingPatterns.CancelRenewal, caller, n.numberId))).toMatchObject({
      code: 'renewal_already_cancelled',
      type: 'conflict',
    });

    const resumed = await call(BillingPatterns.ResumeRenewal, caller, n.numberId);
    expect(resumed).toMatchObject({ cancel_at_period_end: false, next_billing_date: cancelled.paid_until });
    expect(await failure(call(BillingPatterns.ResumeRenewal, caller, n.numberId))).toMatchObject({
      code: 'renewal_not_cancelled',
    });

    await call(BillingPatterns.CancelRenewal, caller, n.numberId);
    o.clock.set(cancelled.paid_until!);
    expect(await failure(call(BillingPatterns.ResumeRenewal, caller, n.numberId))).toMatchObject({
      code: 'number_already_released',
    });
    await renewals.runOnce();
    expect(await call(BillingPatterns.Get, caller, n.numberId)).toMatchObject({
      status: 'ended',
      ended_at: cancelled.paid_until,
    });
    expect(await f.events('number.billing_ended', n.numberId)).toEqual([
      expect.objectContaining({ reason: 'renewal_cancelled' }),
    ]);
    expect(await f.entries(caller.account_id, 'renewal')).toHaveLength(0);
    expect(await failure(call(BillingPatterns.CancelRenewal, caller, n.numberId))).toMatchObject({
      code: 'number_already_released',
    });
  });

  it('renew now: pays the next period at once, one period ahead at most (409 renewal_not_due); the same key replays; 402 when it cannot pay', async () => {
    const tenant = o.newCaller();
    const n = await f.newNumber(tenant, { monthlyCents: 150, partnerMonthlyCents: 100, autoRenew: false });
    await f.fund(tenant.account_id, 200);
    await f.fund(tenant.partner_id!, 200);
    const before = await call(BillingPatterns.Get, tenant, n.numberId);
    const renewed = await call(BillingPatterns.Renew, tenant, n.numberId, { idempotency_key: 'k1' });
    expect(renewed.paid_until).toBe(new Date(new Date(before.paid_until!).getTime() + CYCLE_MS).toISOString());
    expect(renewed).toMatchObject({ auto_renew: false, last_billed_at: o.clock.now().toISOString() });
    expect(await call(BillingPatterns.Renew, tenant, n.numberId, { idempotency_key: 'k1' })).toEqual(renewed);
    expect(await failure(call(BillingPatterns.Renew, tenant, n.numberId, { idempotency_key: 'k2' }))).toMatchObject({
      code: 'renewal_not_due',
      type: 'conflict',
    });
    expect(await f.entries(tenant.account_id, 'renewal')).toEqual([
      expect.objectContaining({ amount: -150, idempotency_key: `renewal:${n.numberId}:${before.paid_until}` }),
    ]);
    expect(await f.entries(tenant.partner_id!, 'renewal')).toEqual([expect.objectContaining({ amount: -100 })]);

    // Into the second period: renewable again, but the balance (50) no longer covers it.
    o.clock.set(before.paid_until!);
    expect(await failure(call(BillingPatterns.Renew, tenant, n.numberId, { idempotency_key: 'k3' }))).toMatchObject({
      code: 'balance_insufficient',
      type: 'payment_required',
    });
    expect(await f.entries(tenant.account_id, 'renewal')).toHaveLength(1);
    expect(await f.entries(tenant.partner_id!, 'renewal')).toHaveLength(1);
    await f.expectChainIntact(tenant.account_id);
  });

  it('renew now settles a past-due number with one charge; the job does not charge the period again', async () => {
    const caller = o.newCaller();
    const n = await f.newNumber(caller);
    o.clock.advance(CYCLE_MS);
    await renewals.runOnce();
    expect((await f.sub(n.numberId)).status).toBe('past_due');
    await f.fund(caller.account_id, 100);
    expect(await call(BillingPatterns.Renew, caller, n.numberId)).toMatchObject({
      status: 'active',
      next_retry_at: null,
    });
    o.clock.advance(2 * 3_600_000);
    await renewals.runOnce();
    expect(await f.entries(caller.account_id, 'renewal')).toHaveLength(1);
  });

  it('set auto-renew off: no next billing date and billing ends at paid_until; on again: renews', async () => {
    const caller = o.newCaller();
    const n = await f.newNumber(caller);
    const off = await call(BillingPatterns.SetAutoRenew, caller, n.numberId, { auto_renew: false });
    expect(off).toMatchObject({ auto_renew: false, next_billing_date: null, release_at: off.paid_until });
    expect(await call(BillingPatterns.SetAutoRenew, caller, n.numberId, { auto_renew: true })).toMatchObject({
      auto_renew: true,
      next_billing_date: off.paid_until,
      release_at: null,
    });
  });

  it('release check: 409 minimum_commitment_active (with the date) inside the commitment, OK from its end', async () => {
    const caller = o.newCaller();
    const start = o.clock.now();
    const n = await f.newNumber(caller, { commitmentMonths: 2 });
    const ends = new Date(start.getTime() + 2 * CYCLE_MS).toISOString();
    const refused = await failure(call(BillingPatterns.CheckRelease, caller, n.numberId));
    expect(refused).toMatchObject({ code: 'minimum_commitment_active', type: 'conflict' });
    expect(refused.message).toContain(ends);
    expect((await call(BillingPatterns.Get, caller, n.numberId)).commitment_ends_at).toBe(ends);
    o.clock.set(ends);
    expect(await call(BillingPatterns.CheckRelease, caller, n.numberId)).toMatchObject({ number_id: n.numberId });
    const free = await f.newNumber(caller);
    expect(await call(BillingPatterns.CheckRelease, caller, free.numberId)).toMatchObject({ commitment_ends_at: null });
  });

  it('cancel renewal and auto-renew off are refused while the paid period ends inside the minimum commitment; allowed once it does not', async () => {
    const caller = o.newCaller();
    const n = await f.newNumber(caller, { commitmentMonths: 2 });
    await f.fund(caller.account_id, 10_000);
    expect(await failure(call(BillingPatterns.CancelRenewal, caller, n.numberId))).toMatchObject({
      code: 'minimum_commitment_active',
      type: 'conflict',
    });
    expect(await failure(call(BillingPatterns.SetAutoRenew, caller, n.numberId, { auto_renew: false }))).toMatchObject({
      code: 'minimum_commitment_active',
    });
    expect((await f.sub(n.numberId)).cancel_at_period_end).toBe(false);
    // Two renewals later the paid period reaches the end of the commitment: cancelling is allowed.
    for (let cycle = 0; cycle < 2; cycle++) {
      o.clock.advance(CYCLE_MS);
      await renewals.runOnce();
    }
    expect(await call(BillingPatterns.CancelRenewal, caller, n.numberId)).toMatchObject({ cancel_at_period_end: true });
  });

  it('upcoming: every cycle in the window per number, in due order, and whether the balance covers each cumulatively', async () => {
    const caller = o.newCaller();
    const now = o.clock.now();
    const a = await f.newNumber(caller, { monthlyCents: 100, activatedAt: new Date(now.getTime() - 20 * DAY) });
    const b = await f.newNumber(caller, { monthlyCents: 300 });
    await f.newNumber(caller, { monthlyCents: 999, autoRenew: false });
    await f.fund(caller.account_id, 350);
    const up = await o.rpc.request<UpcomingCharges>(BillingPatterns.Upcoming, { caller, query: { days: 45 } });
    const day = (d: number) => new Date(now.getTime() + d * DAY).toISOString();
    expect(up).toMatchObject({
      record_type: 'upcoming_charges',
      account_id: caller.account_id,
      balance_cents: 350,
      total_due_cents: 500,
      covered: false,
      shortfall_cents: 150,
      until: day(45),
    });
    expect(up.data.map((c) => [c.number_id, c.due_at, c.amount_cents, c.covered])).toEqual([
      [a.numberId, day(10), 100, true],
      [b.numberId, day(30), 300, false],
      [a.numberId, day(40), 100, false],
    ]);
  });

  it('number.released from inventory ends billing (no refund); a redelivery changes nothing', async () => {
    const caller = o.newCaller();
    const n = await f.newNumber(caller);
    const at = o.clock.now().toISOString();
    const data = {
      number_id: n.numberId,
      phone_number: n.e164,
      account_id: caller.account_id,
      country_code: 'US',
      number_type: 'local',
      reason: 'released_by_user',
      released_at: at,
    };
    const id = sortableId('evt');
    const publish = (msgId: string) =>
      o.nc.jetstream().publish(
        eventSubject(o.world.prefix, 'number.released'),
        JSON.stringify({
          id,
          type: 'number.released',
          version: 1,
          occurred_at: at,
          producer: 'inventory',
          account_id: caller.account_id,
          partner_id: caller.partner_id,
          data,
        }),
        { msgID: msgId },
      );
    await publish(id);
    await waitFor(async () => (await f.sub(n.numberId)).status === 'ended', { what: 'billing ended' });
    expect(await f.sub(n.numberId)).toMatchObject({ end_reason: 'released_by_user', ended_at: new Date(at) });
    const again = await publish(`${id}-again`);
    // The redelivery (same event id) is handled once ordering's consumer has acknowledged it.
    await consumerAckedThrough(
      await o.nc.jetstreamManager(),
      eventsStreamName(o.world.prefix),
      NUMBER_RELEASED_DURABLE,
      again.seq,
    );
    expect(await f.sub(n.numberId)).toMatchObject({
      status: 'ended',
      end_reason: 'released_by_user',
      ended_at: new Date(at),
    });
    expect(await f.entries(caller.account_id, 'refund')).toHaveLength(0);
  });
});
