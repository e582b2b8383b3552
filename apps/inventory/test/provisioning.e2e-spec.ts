import { EntityManager } from '@mikro-orm/postgresql';
import { CarrierOrder, ClaimNumbersReply, NumberLifecyclePatterns } from '@did/contracts';
import { JetStreamEvents } from '@did/messaging';
import { CarrierClient } from '../src/carrier/carrier.client';
import { Provisioner } from '../src/provisioning/provisioner';
import { Disconnector } from '../src/releases/disconnector';
import { AUSTIN_444, AUSTIN_555, DALLAS } from './fixture-numbers';
import { InventoryFixture, startInventory } from './inventory-fixture';
import { lifecycle, outbox } from './lifecycle-helpers';

const buyer = { account_id: 'acc_buyer', partner_id: 'acc_partner' };

describe('provisioning against the carrier sandbox (real PostgreSQL, NATS and HTTP)', () => {
  let inv: InventoryFixture;
  let steps: ReturnType<typeof lifecycle>;
  const numberRows = (e164s: string[]) =>
    inv.rows<{
      e164: string;
      state: string;
      owner_account_id: string | null;
      number_id: string | null;
      activated_at: Date | null;
    }>(
      `select e164, state, owner_account_id, number_id, activated_at from inventory.numbers where e164 = any(?) order by e164`,
      [e164s],
    );

  beforeAll(async () => {
    inv = await startInventory(
      { CARRIER_ORDER_DEADLINE_MS: '60000' },
      { withOrdering: false, carrier: { ACTIVATION_DELAY_MS: '0', FAILURE_RATE: '0.5' } },
    );
    steps = lifecycle(inv);
  });

  afterEach(async () => {
    await inv.carrier?.setFaults({
      down: false,
      error_rate: 0,
      latency_ms: 0,
      failure_rate: 0.5,
      activation_delay_ms: 0,
    });
  });

  afterAll(async () => {
    await inv.close();
  });

  it("sends a paid order to the carrier and applies its answer: active numbers are the buyer's, failed ones back in stock", async () => {
    const wanted = AUSTIN_555.slice(0, 12);
    const claimed = await steps.claim(buyer, wanted);
    await steps.place(buyer, claimed);
    expect(await steps.settle(claimed.order_id)).toBe('completed');
    const [order] = await inv.rows<{ carrier_order_id: string; submit_attempts: number }>(
      `select carrier_order_id, submit_attempts from inventory.carrier_orders where order_id = ?`,
      [claimed.order_id],
    );
    expect(order.submit_attempts).toBe(1);
    const carrierOrder = CarrierOrder.parse(
      await (await fetch(`${inv.carrier!.baseUrl}/v1/orders/${order.carrier_order_id}`)).json(),
    );
    expect(carrierOrder.reference).toBe(claimed.order_id);

    const outcome = new Map<string, string>(carrierOrder.numbers.map((n) => [n.phone_number, n.status]));
    const active = wanted.filter((e) => outcome.get(e) === 'active');
    const failed = wanted.filter((e) => outcome.get(e) === 'failed');
    expect(active.length).toBeGreaterThan(0);
    expect(failed.length).toBeGreaterThan(0);
    const idOf = new Map(claimed.numbers.map((n) => [n.phone_number, n.number_id]));

    for (const row of await numberRows(active))
      expect(row).toMatchObject({ state: 'active', owner_account_id: buyer.account_id, number_id: idOf.get(row.e164) });
    for (const row of await numberRows(failed))
      expect(row).toMatchObject({ state: 'available', owner_account_id: null, number_id: null });

    const activated = (await outbox(inv, 'number.activated')).filter(
      (e) => e.envelope.data.order_id === claimed.order_id,
    );
    expect(activated.map((e) => e.envelope.data.phone_number).sort()).toEqual(active);
    expect(activated[0].envelope).toMatchObject({ account_id: buyer.account_id, partner_id: buyer.partner_id });
    expect(activated[0].envelope.data).toEqual({
      number_id: idOf.get(activated[0].envelope.data.phone_number),
      phone_number: activated[0].envelope.data.phone_number,
      account_id: buyer.account_id,
      country_code: 'US',
      number_type: 'local',
      // What the carrier says the number can do: routing allows messaging only with sms.
      capabilities: expect.arrayContaining(['voice']),
      order_id: claimed.order_id,
      activated_at: expect.any(String),
    });
    const purchaseFailed = (await outbox(inv, 'number.purchase_failed')).filter(
      (e) => e.envelope.data.order_id === claimed.order_id,
    );
    expect(purchaseFailed.map((e) => e.envelope.data.phone_number).sort()).toEqual(failed);
    expect(purchaseFailed.map((e) => e.envelope.data.failure_code)).toEqual(failed.map(() => 'activation_rejected'));

    // The buyer sees each outcome; a failed number's id reads as purchase_failed.
    const get = (number: string) =>
      inv.rpc.request<{ status: string }>(NumberLifecyclePatterns.Get, { ...buyer, number });
    expect((await get(idOf.get(active[0])!)).status).toBe('active');
    expect((await get(idOf.get(failed[0])!)).status).toBe('purchase_failed');
    // Once sent to the carrier, an order cannot be unclaimed.
    expect(await inv.rpc.request(NumberLifecyclePatterns.Unclaim, { order_id: claimed.order_id })).toEqual({
      order_id: claimed.order_id,
      released: [],
    });
  });

  it('finds the carrier order a lost answer already created (reference = our order id) instead of ordering twice', async () => {
    await inv.carrier!.setFaults({ failure_rate: 0 });
    const claimed = await steps.claim(buyer, [DALLAS[0]]);
    const earlier = CarrierOrder.parse(
      await (
        await fetch(`${inv.carrier!.baseUrl}/v1/orders`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ numbers: [DALLAS[0]], reference: claimed.order_id }),
        })
      ).json(),
    );
    await steps.place(buyer, claimed);
    await steps.settle(claimed.order_id);
    const [order] = await inv.rows<{ carrier_order_id: string }>(
      `select carrier_order_id from inventory.carrier_orders where order_id = ?`,
      [claimed.order_id],
    );
    expect(order.carrier_order_id).toBe(earlier.id);
    expect((await numberRows([DALLAS[0]]))[0].state).toBe('active');
  });

  it('retries a failing carrier with backoff; past the deadline the pending numbers fail with carrier_timeout and are disconnected once it is back', async () => {
    await inv.carrier!.setFaults({ down: true });
    const wanted = [DALLAS[1], DALLAS[2]];
    const claimed = await steps.claim(buyer, wanted);
    await steps.place(buyer, claimed);
    const nextAttempt = async () => {
      const [row] = await inv.rows<{ next_attempt_at: Date }>(
        `select next_attempt_at from inventory.carrier_orders where order_id = ?`,
        [claimed.order_id],
      );
      return new Date(row.next_attempt_at).getTime() - inv.clock.now().getTime();
    };
    await steps.provisioner().runOnce();
    const firstWait = await nextAttempt();
    inv.clock.advance(firstWait);
    await steps.provisioner().runOnce();
    const [retrying] = await inv.rows<{
      status: string;
      submit_attempts: number;
      failures: number;
      last_error: string;
      next_attempt_at: Date;
    }>(
      `select status, submit_attempts, failures, last_error, next_attempt_at from inventory.carrier_orders where order_id = ?`,
      [claimed.order_id],
    );
    expect(retrying).toMatchObject({ status: 'queued', submit_attempts: 2, failures: 2 });
    expect(retrying.last_error).toContain('carrier_down');
    // Backoff: the second failure in a row waits twice as long as the first.
    expect(await nextAttempt()).toBe(2 * firstWait);
    expect((await numberRows(wanted)).map((r) => r.state)).toEqual(['pending_purchase', 'pending_purchase']);

    inv.clock.advance(60_000);
    expect(await steps.settle(claimed.order_id)).toBe('timed_out');
    // Out of the buyer's hands and refunded, but not for sale until the carrier confirms the disconnect.
    expect((await numberRows(wanted)).map((r) => [r.state, r.owner_account_id])).toEqual([
      ['blocked', null],
      ['blocked', null],
    ]);
    const timedOut = (await outbox(inv, 'number.purchase_failed')).filter(
      (e) => e.envelope.data.order_id === claimed.order_id,
    );
    expect(timedOut.map((e) => e.envelope.data.failure_code)).toEqual(['carrier_timeout', 'carrier_timeout']);
    const queued = () =>
      inv.rows<{ e164: string; reason: string; confirmed_at: Date | null }>(
        `select e164, reason, confirmed_at from inventory.carrier_disconnects where order_id = ? order by e164`,
        [claimed.order_id],
      );
    expect((await queued()).map((d) => [d.e164, d.reason, d.confirmed_at])).toEqual(
      wanted.map((e) => [e, 'purchase_timeout', null]),
    );

    const disconnector = inv.app.get(Disconnector);
    expect(await disconnector.runOnce()).toBe(0); // still down
    await inv.carrier!.setFaults({ down: false });
    inv.clock.advance(60_000);
    expect(await disconnector.runOnce()).toBe(2);
    expect((await queued()).every((d) => d.confirmed_at !== null)).toBe(true);
    expect((await numberRows(wanted)).map((r) => r.state)).toEqual(['available', 'available']);
  });

  it('two replicas working the same queue never submit one order twice (SKIP LOCKED)', async () => {
    // Each submission takes long enough that one replica's workers cannot empty the queue before the other's start.
    await inv.carrier!.setFaults({ latency_ms: 300, failure_rate: 0 });
    const replica = new Provisioner(
      inv.app.get(EntityManager),
      inv.app.get(CarrierClient),
      inv.app.get(JetStreamEvents),
      inv.clock,
      inv.config,
    );
    const claims: ClaimNumbersReply[] = [];
    for (const e164 of [...AUSTIN_444.slice(0, 4), ...AUSTIN_555.slice(12, 16)])
      claims.push(await steps.claim(buyer, [e164]));
    for (const c of claims) await steps.place(buyer, c);
    const [a, b] = await Promise.all([steps.provisioner().runOnce(), replica.runOnce()]);
    expect(a + b).toBe(claims.length);
    // Both replicas worked the queue.
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    const rows = await inv.rows<{ submit_attempts: number }>(
      `select submit_attempts from inventory.carrier_orders where order_id = any(?)`,
      [claims.map((c) => c.order_id)],
    );
    expect(rows.map((r) => r.submit_attempts)).toEqual(claims.map(() => 1));
    await inv.carrier!.setFaults({ latency_ms: 0 });
    for (const c of claims) expect(await steps.settle(c.order_id)).toBe('completed');
    expect(
      (await outbox(inv, 'number.activated')).filter((e) =>
        claims.some((c) => c.order_id === e.envelope.data.order_id),
      ),
    ).toHaveLength(claims.length);
  });

  it('fails paid numbers it does not hold for the order at once, so they are refunded', async () => {
    const claimed = await steps.claim(buyer, [DALLAS[3]]);
    await inv.rpc.request(NumberLifecyclePatterns.Unclaim, { order_id: claimed.order_id });
    await steps.place(buyer, claimed);
    expect(await steps.statusOf(claimed.order_id)).toBe('completed');
    const failed = (await outbox(inv, 'number.purchase_failed')).filter(
      (e) => e.envelope.data.order_id === claimed.order_id,
    );
    expect(failed.map((e) => [e.envelope.data.phone_number, e.envelope.data.failure_code])).toEqual([
      [DALLAS[3], 'number_not_claimed'],
    ]);
    expect((await numberRows([DALLAS[3]]))[0].state).toBe('available');
  });
});
