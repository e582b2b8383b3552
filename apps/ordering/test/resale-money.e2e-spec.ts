import {
  BillingPatterns,
  Events,
  NumberLookup,
  NumberOrder,
  NumberOrderPatterns,
  PortingBillingPatterns,
  PortingFeesReply,
  StartPortedBillingReply,
  WalletCaller,
} from '@did/contracts';
import { randomId, sortableId } from '@did/service-kit';
import { OrderOutcomes } from '../src/orders/order-outcomes';
import { CYCLE_MS } from '../src/subscriptions/billing-cycle';
import { RenewalsService } from '../src/subscriptions/renewals.service';
import { OrderingFixture, startOrdering } from './ordering-fixture';
import { resaleWorld } from './resale-world';

/*
 * Issue 15: in a resale the tenant pays its price, that payment is credited to its partner, and the
 * partner pays the platform price. For every kind of charge: tenant -T, partner +T -P, and the sum
 * of every wallet moves by exactly -P (the platform's price, nothing more); a refund reverses all of it.
 * Each partner starts at a zero balance: its tenant's payment is credited before its own price is debited.
 */
describe('resale money: the tenant pays its partner, the partner pays the platform (real PostgreSQL and NATS)', () => {
  let o: OrderingFixture;
  let w: ReturnType<typeof resaleWorld>;
  let partner: WalletCaller;
  let tenant: WalletCaller;

  beforeAll(async () => {
    o = await startOrdering({ RENEWAL_INTERVAL_MS: '0' });
    w = resaleWorld(o);
    ({
      partner,
      tenants: [tenant],
    } = await w.partnerWithTenants());
    await w.markup(partner, 2_000);
    await w.f.fund(tenant.account_id, 100_000);
  });

  afterEach(async () => {
    await w.expectLedgersWhole();
  });

  afterAll(async () => {
    w.stop();
    await o.close();
  });

  const order = (phone: string) =>
    o.rpc.request<NumberOrder>(NumberOrderPatterns.Create, {
      caller: tenant,
      body: { country_code: 'US', number_type: 'local', phone_numbers: [phone] },
      idempotency_key: randomId('key'),
    });
  const orderTotals = async (id: string) => {
    const [row] = await o.rows<{ total_charged_cents: string; partner_charged_cents: string }>(
      `select total_charged_cents, partner_charged_cents from ordering.number_orders where id = ?`,
      [id],
    );
    return { T: Number(row.total_charged_cents), P: Number(row.partner_charged_cents) };
  };
  const failNumber = (orderId: string, phone: string) => {
    const data = {
      number_id: randomId('pn'),
      phone_number: phone,
      account_id: tenant.account_id,
      country_code: 'US',
      number_type: 'local',
      order_id: orderId,
      failure_code: 'carrier_rejected',
      failure_message: 'no',
      failed_at: o.clock.now().toISOString(),
    };
    const envelope = {
      id: sortableId('evt'),
      type: Events.NumberPurchaseFailed.type,
      version: 1,
      occurred_at: data.failed_at,
      producer: 'inventory',
      account_id: tenant.account_id,
      partner_id: partner.account_id,
      data,
    };
    return o.em().transactional((em) => o.app.get(OrderOutcomes).handle(envelope, em));
  };

  it('order: the partner is credited the tenant price and debited the platform price, credit first, both tagged with the tenant', async () => {
    await w.drain(partner.account_id);
    let placed: NumberOrder | undefined;
    const moved = await w.deltas(tenant, async () => (placed = await order('+15125550100')));
    const { T, P } = await orderTotals(placed!.id);
    expect(T).toBeGreaterThan(P);
    expect(moved).toEqual({ tenant: -T, partner: T - P, total: -P });
    expect(await w.partnerEntries(partner.account_id, `order:${placed!.id}`)).toEqual([
      expect.objectContaining({
        kind: 'tenant_payment',
        amount: T,
        key: `order:${placed!.id}:tenant-payment`,
        tenant: tenant.account_id,
      }),
      expect.objectContaining({
        kind: 'order_charge',
        amount: -P,
        key: `order:${placed!.id}:partner`,
        tenant: tenant.account_id,
      }),
    ]);
  });

  it('refund of a number the carrier could not activate: the tenant gets its price back, the partner gives the payment back and gets the platform price back', async () => {
    const placed = await order('+15125550101');
    const { T, P } = await orderTotals(placed.id);
    const moved = await w.deltas(tenant, () => failNumber(placed.id, '+15125550101'));
    expect(moved).toEqual({ tenant: T, partner: P - T, total: P });
    const key = `refund:${placed.id}:+15125550101`;
    expect(await w.partnerEntries(partner.account_id, key)).toEqual([
      expect.objectContaining({ kind: 'refund', amount: P, key: `${key}:partner`, tenant: tenant.account_id }),
      expect.objectContaining({
        kind: 'tenant_payment',
        amount: -T,
        key: `${key}:tenant-payment`,
        tenant: tenant.account_id,
      }),
    ]);
  });

  it('refund when the partner cannot give its margin back: the tenant is refunded anyway, the partner gives what it has and owes the rest', async () => {
    const placed = await order('+15125550102');
    const { T, P } = await orderTotals(placed.id);
    await w.drain(partner.account_id);
    const owed = async () =>
      Number(
        (
          await o.rows<{ owed_cents: string }>(`select owed_cents from ordering.wallets where account_id = ?`, [
            partner.account_id,
          ])
        )[0].owed_cents,
      );
    const owedBefore = await owed();
    const moved = await w.deltas(tenant, () => failNumber(placed.id, '+15125550102'));
    // The platform price comes back (P) and is given back at once towards the payment; the rest (T - P) is owed.
    expect(moved).toEqual({ tenant: T, partner: 0, total: T });
    expect((await owed()) - owedBefore).toBe(T - P);
    // Counting what the partner owes, the wallets moved by exactly the platform price: nothing more is refunded.
    expect(moved.total - ((await owed()) - owedBefore)).toBe(P);
    expect((await w.partnerEntries(partner.account_id, `refund:${placed.id}`)).map((e) => [e.kind, e.amount])).toEqual([
      ['refund', P],
      ['tenant_payment', -P],
    ]);
    await w.expectLedgersWhole();
  });

  it('renewal by the job (one batch): tenant -monthly, partner +monthly -partner monthly, from a zero partner balance', async () => {
    const n = await w.f.newNumber(tenant, { monthlyCents: 180, partnerMonthlyCents: 150 });
    await w.drain(partner.account_id);
    o.clock.advance(CYCLE_MS);
    const moved = await w.deltas(tenant, () => o.app.get(RenewalsService).runOnce());
    expect(moved).toEqual({ tenant: -180, partner: 30, total: -150 });
    const entries = await w.partnerEntries(partner.account_id, `renewal:${n.numberId}`);
    expect(entries.map((e) => [e.kind, e.amount, e.tenant])).toEqual([
      ['tenant_payment', 180, tenant.account_id],
      ['renewal', -150, tenant.account_id],
    ]);
  });

  it('renew now (one resale charge): the same entries as the job', async () => {
    const n = await w.f.newNumber(tenant, { monthlyCents: 180, partnerMonthlyCents: 150, autoRenew: false });
    await w.drain(partner.account_id);
    const moved = await w.deltas(tenant, () =>
      o.rpc.request(BillingPatterns.Renew, { caller: tenant, number: n.numberId }),
    );
    expect(moved).toEqual({ tenant: -180, partner: 30, total: -150 });
    expect(
      (await w.partnerEntries(partner.account_id, `renewal:${n.numberId}`)).map((e) => [e.kind, e.amount]),
    ).toEqual([
      ['tenant_payment', 180],
      ['renewal', -150],
    ]);
  });

  it('lookup: a platform fee, not marked up; the partner passes the payment on and the platform keeps the fee', async () => {
    let looked: NumberLookup | undefined;
    const lookupId = randomId('lkp');
    const moved = await w.deltas(
      tenant,
      async () =>
        (looked = await o.rpc.request<NumberLookup>(BillingPatterns.Lookup, {
          caller: tenant,
          query: { phone_number: '+15125550150', type: 'carrier' },
          lookup_id: lookupId,
        })),
    );
    const fee = looked!.fee_cents;
    expect(fee).toBeGreaterThan(0);
    expect(moved).toEqual({ tenant: -fee, partner: 0, total: -fee });
    expect(
      (await w.partnerEntries(partner.account_id, `lookup:${lookupId}`)).map((e) => [e.kind, e.amount, e.tenant]),
    ).toEqual([
      ['tenant_payment', fee, tenant.account_id],
      ['lookup_fee', -fee, tenant.account_id],
    ]);
  });

  it('porting fee and its refund: charged and given back on both sides', async () => {
    const portOrder = randomId('por');
    const numbers = ['+15125550160', '+15125550161'].map((phone_number) => ({
      phone_number,
      country_code: 'US',
      number_type: 'local',
    }));
    let fees: PortingFeesReply | undefined;
    const charged = await w.deltas(
      tenant,
      async () =>
        (fees = await o.rpc.request<PortingFeesReply>(PortingBillingPatterns.ChargeFees, {
          caller: tenant,
          port_order_id: portOrder,
          submission: 1,
          numbers,
        })),
    );
    const total = fees!.total_cents;
    expect(total).toBeGreaterThan(0);
    expect(charged).toEqual({ tenant: -total, partner: 0, total: -total });

    const one = fees!.numbers[0].fee_cents;
    const refunded = await w.deltas(tenant, () =>
      o.rpc.request(PortingBillingPatterns.RefundFees, {
        port_order_id: portOrder,
        phone_numbers: ['+15125550160'],
        reason: 'dropped',
      }),
    );
    expect(refunded).toEqual({ tenant: one, partner: 0, total: one });
    const kinds = (await w.partnerEntries(partner.account_id, `porting_`))
      .filter((e) => e.key.includes(portOrder))
      .map((e) => [e.kind, e.amount]);
    expect(kinds).toEqual([
      ['tenant_payment', total],
      ['order_charge', -total],
      ['refund', one],
      ['tenant_payment', -one],
    ]);
  });

  it('ported numbers: the first 30 days at the tenant price, the partner keeps the markup', async () => {
    const request = {
      caller: tenant,
      port_order_id: randomId('por'),
      activated_at: o.clock.now().toISOString(),
      numbers: [{ number_id: randomId('pn'), phone_number: '+15125550170', country_code: 'US', number_type: 'local' }],
    };
    await w.drain(partner.account_id);
    let reply: StartPortedBillingReply | undefined;
    const moved = await w.deltas(
      tenant,
      async () => (reply = await o.rpc.request<StartPortedBillingReply>(PortingBillingPatterns.StartBilling, request)),
    );
    const [sub] = await o.rows<{ monthly_cents: number; partner_monthly_cents: number }>(
      `select monthly_cents, partner_monthly_cents from ordering.subscriptions where number_id = ?`,
      [request.numbers[0].number_id],
    );
    expect(reply).toMatchObject({ status: 'active', charged_cents: sub.monthly_cents });
    expect(sub.monthly_cents).toBeGreaterThan(sub.partner_monthly_cents);
    expect(moved).toEqual({
      tenant: -sub.monthly_cents,
      partner: sub.monthly_cents - sub.partner_monthly_cents,
      total: -sub.partner_monthly_cents,
    });
  });
});
