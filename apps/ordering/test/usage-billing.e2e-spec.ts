import {
  Balance,
  Events,
  PaymentMethod,
  PaymentMethodPatterns,
  ResalePatterns,
  TopUp,
  UsageRatedV1,
  WalletCaller,
  WalletPatterns,
} from '@did/contracts';
import { sortableId } from '@did/service-kit';
import { waitFor } from '@did/testing';
import { OrderingFixture, startOrdering } from './ordering-fixture';
import { resaleWorld } from './resale-world';

describe('usage charged in arrears (real PostgreSQL and NATS)', () => {
  let o: OrderingFixture;
  let w: ReturnType<typeof resaleWorld>;
  beforeAll(async () => {
    o = await startOrdering({ PAYMENT_RECONCILE_AFTER_MS: '60000' });
    w = resaleWorld(o);
  });
  afterAll(async () => {
    w?.stop();
    await o?.close();
  });

  /** Publishes usage.rated as the usage service's relay would; returns the charge id. */
  async function rated(
    account: WalletCaller,
    amount: number,
    partnerId: string | null,
    chargeId = sortableId('uch'),
    tenantAccountId: string | null = null,
  ): Promise<string> {
    const data: UsageRatedV1 = {
      charge_id: chargeId,
      account_id: account.account_id,
      partner_id: partnerId,
      tenant_account_id: tenantAccountId,
      currency: 'USD',
      amount_cents: amount,
      record_count: 3,
      first_record_at: '2026-03-01T10:00:00.000Z',
      last_record_at: '2026-03-01T11:00:00.000Z',
    };
    const id = sortableId('evt');
    const envelope = {
      id,
      type: Events.UsageRated.type,
      version: 1,
      occurred_at: new Date().toISOString(),
      producer: 'usage',
      account_id: account.account_id,
      partner_id: partnerId,
      data,
    };
    await o.nc
      .jetstream()
      .publish(`${o.world.prefix}.events.${Events.UsageRated.type}`, JSON.stringify(envelope), { msgID: id });
    return chargeId;
  }
  const applied = (chargeId: string) =>
    waitFor(async () => (await o.rows(`select * from ordering.usage_charges where charge_id = ?`, [chargeId]))[0], {
      what: `charge ${chargeId} applied`,
    });
  const owed = async (accountId: string) =>
    Number(
      (
        await o.rows<{ owed_cents: string }>(`select owed_cents from ordering.wallets where account_id = ?`, [
          accountId,
        ])
      )[0].owed_cents,
    );
  const debtEvents = async (accountId: string) =>
    (
      await o.rows<{ envelope: { data: { owed_cents: number } } }>(
        `select envelope from ordering.outbox_events where type = 'wallet.debt_changed' and envelope->'data'->>'account_id' = ? order by (envelope->'data'->>'sequence')::int`,
        [accountId],
      )
    ).map((r) => r.envelope.data.owed_cents);
  const addCard = (caller: WalletCaller) =>
    o.rpc.request<PaymentMethod>(PaymentMethodPatterns.Create, {
      caller,
      card: { card_number: '4242424242424242', exp_month: 12, exp_year: 2030, cvc: '123' },
    });
  const topUp = (caller: WalletCaller, pm: string, amount: number) =>
    o.rpc.request<TopUp>(WalletPatterns.TopUp, {
      caller,
      top_up: { amount_cents: amount, payment_method_id: pm },
      idempotency_key: sortableId('idem'),
    });

  it('debits a partner paying for itself, once, however often the batch is delivered', async () => {
    const { partner } = await w.partnerWithTenants(0);
    await w.f.walletOf(partner);
    await w.f.fund(partner.account_id, 500);
    const chargeId = await rated(partner, 120, null);
    await rated(partner, 120, null, chargeId); // the same charge again (a republish after the duplicate window)
    expect(await applied(chargeId)).toMatchObject({ amount_cents: '120', paid_cents: '120', owed_cents: '0' });
    await waitFor(
      async () =>
        (await o.rows(`select 1 from ordering.inbox_records where consumer = 'ordering-usage-charges'`)).length >= 2,
      { what: 'both deliveries consumed' },
    );
    expect(await w.f.balance(partner.account_id)).toBe(380);
    const entries = await o.rows(
      `select kind, amount_cents, reference from ordering.ledger_entries where account_id = ? and kind = 'usage'`,
      [partner.account_id],
    );
    expect(entries).toEqual([{ kind: 'usage', amount_cents: '-120', reference: chargeId }]);
    await w.expectLedgersWhole();
  });

  it('a tenant pays its price, its partner is credited that payment and pays the platform price: the sum of all wallets moves by the platform price', async () => {
    const { partner, tenants } = await w.partnerWithTenants(1);
    const tenant = tenants[0];
    await w.f.fund(tenant.account_id, 1000);
    await w.f.fund(partner.account_id, 1000);
    const moved = await w.deltas(tenant, async () => {
      await applied(await rated(tenant, 300, partner.account_id)); // the tenant's price
      await applied(await rated(partner, 200, null, undefined, tenant.account_id)); // the platform price of the same records
    });
    expect(moved).toEqual({ tenant: -300, partner: 300 - 200, total: -200 });
    const credits = await o.rows(
      `select kind, amount_cents, tenant_account_id from ordering.ledger_entries where account_id = ? and kind = 'tenant_payment'`,
      [partner.account_id],
    );
    expect(credits).toEqual([{ kind: 'tenant_payment', amount_cents: '300', tenant_account_id: tenant.account_id }]);
    // The partner's platform-price debit names the tenant too, so its statement shows the margin per tenant.
    const debits = await o.rows(
      `select amount_cents, tenant_account_id from ordering.ledger_entries where account_id = ? and kind = 'usage'`,
      [partner.account_id],
    );
    expect(debits).toEqual([{ amount_cents: '-200', tenant_account_id: tenant.account_id }]);
    await w.expectLedgersWhole();
  });

  it('a wallet that cannot pay owes the rest; a top-up settles the debt first, once, and the partner is credited as it is paid', async () => {
    const { partner, tenants } = await w.partnerWithTenants(1);
    const tenant = tenants[0];
    await w.f.fund(tenant.account_id, 100);
    const chargeId = await rated(tenant, 250, partner.account_id);
    expect(await applied(chargeId)).toMatchObject({ paid_cents: '100', owed_cents: '150' });
    expect(await w.f.balance(tenant.account_id)).toBe(0);
    expect(await owed(tenant.account_id)).toBe(150);
    expect(await debtEvents(tenant.account_id)).toEqual([150]);
    expect(await w.f.balance(partner.account_id)).toBe(100); // only what the tenant paid so far

    const pm = await addCard(tenant);
    await topUp(tenant, pm.id, 1000);
    expect(await owed(tenant.account_id)).toBe(0);
    expect(await w.f.balance(tenant.account_id)).toBe(1000 - 150);
    expect(await w.f.balance(partner.account_id)).toBe(250);
    expect(await debtEvents(tenant.account_id)).toEqual([150, 0]);
    // A second top-up finds nothing owed: no second settlement.
    await topUp(tenant, pm.id, 100);
    expect(await w.f.balance(tenant.account_id)).toBe(950);
    expect(
      (
        await o.rows(
          `select 1 from ordering.ledger_entries where account_id = ? and idempotency_key like 'usage-settlement:%'`,
          [tenant.account_id],
        )
      ).length,
    ).toBe(1);
    await w.expectLedgersWhole();
  });

  it('a top-up smaller than the debt pays what it can and the rest stays owed', async () => {
    const { partner } = await w.partnerWithTenants(0);
    await w.f.walletOf(partner);
    await applied(await rated(partner, 500, null));
    expect(await owed(partner.account_id)).toBe(500);
    const pm = await addCard(partner);
    await topUp(partner, pm.id, 200);
    expect(await w.f.balance(partner.account_id)).toBe(0);
    expect(await owed(partner.account_id)).toBe(300);
    await w.expectLedgersWhole();
  });

  it("a partner's transfer to a tenant that owes pays the debt first; the balance view shows what is owed", async () => {
    const { partner, tenants } = await w.partnerWithTenants(1);
    const tenant = tenants[0];
    await w.f.fund(partner.account_id, 1000);
    await applied(await rated(tenant, 150, partner.account_id));
    expect(await o.rpc.request<Balance>(WalletPatterns.GetBalance, tenant)).toMatchObject({
      balance_cents: 0,
      owed_cents: 150,
    });
    const moved = await w.deltas(tenant, () =>
      o.rpc.request(ResalePatterns.CreateTransfer, {
        caller: partner,
        transfer: { tenant_account_id: tenant.account_id, amount_cents: 100 },
        idempotency_key: sortableId('idem'),
      }),
    );
    // The partner sent 100 and was paid 100 of its tenant's usage back: only the debt moved.
    expect(moved).toEqual({ tenant: 0, partner: 0, total: 0 });
    expect(await o.rpc.request<Balance>(WalletPatterns.GetBalance, tenant)).toMatchObject({
      balance_cents: 0,
      owed_cents: 50,
    });
    await w.expectLedgersWhole();
  });
});
