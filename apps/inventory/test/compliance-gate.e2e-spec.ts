import { ClaimNumbersReply, ComplianceStatus, Events, NumberLifecyclePatterns, RegistryNumber } from '@did/contracts';
import { IngestService } from '../src/ingest/ingest.service';
import { Provisioner } from '../src/provisioning/provisioner';
import { DALLAS, delhiRow } from './fixture-numbers';
import { InventoryFixture, startInventory } from './inventory-fixture';
import { lifecycle, outbox, waitForInbox } from './lifecycle-helpers';

const buyer = { account_id: 'acc_in_buyer', partner_id: null };
const DAY = 86_400_000;

/** New Delhi numbers +91 11 2345 67xx: India requires end-user details and a document (COMPLIANCE_REQUIREMENTS). */
const DELHI = Array.from({ length: 8 }, (_, i) => `+9111234567${String(i).padStart(2, '0')}`);

describe('compliance gate: numbers that need paperwork are not sent to the carrier before it is met (real PostgreSQL, NATS and HTTP)', () => {
  let inv: InventoryFixture;
  let steps: ReturnType<typeof lifecycle>;
  let orders = 0;

  const claimIn = (phone_numbers: string[]) =>
    inv.rpc.request<ClaimNumbersReply>(NumberLifecyclePatterns.Claim, {
      order_id: `ord_in_${Date.now().toString(36)}_${++orders}`,
      ...buyer,
      country_code: 'IN',
      number_type: 'local',
      selection: { kind: 'numbers', phone_numbers, reservation_id: null },
    });

  const placeIn = async (claimed: ClaimNumbersReply) => {
    const eventId = await inv.publish(
      Events.NumberOrderPlaced,
      {
        order_id: claimed.order_id,
        account_id: buyer.account_id,
        country_code: 'IN',
        number_type: 'local',
        phone_numbers: claimed.numbers.map((n) => ({ number_id: n.number_id, phone_number: n.phone_number })),
        placed_at: inv.clock.now().toISOString(),
      },
      { accountId: buyer.account_id, partnerId: null },
    );
    await waitForInbox(inv, eventId);
  };

  /** Publishes number.compliance_updated as routing would and waits until inventory recorded it. */
  const compliance = async (
    number: ClaimNumbersReply['numbers'][number],
    status: ComplianceStatus,
    missing: string[] = [],
    updatedAt = inv.clock.now(),
  ) => {
    const eventId = await inv.publish(
      Events.NumberComplianceUpdated,
      {
        number_id: number.number_id,
        phone_number: number.phone_number,
        account_id: buyer.account_id,
        country_code: 'IN',
        status,
        missing,
        updated_at: updatedAt.toISOString(),
      },
      { accountId: buyer.account_id, partnerId: null },
    );
    await waitForInbox(inv, eventId);
  };

  const carrierOrder = async (orderId: string) =>
    (
      await inv.rows<{
        status: string;
        submit_attempts: number;
        carrier_order_id: string | null;
        deadline_at: Date | null;
        compliance_deadline_at: Date | null;
      }>(
        `select status, submit_attempts, carrier_order_id, deadline_at, compliance_deadline_at from inventory.carrier_orders where order_id = ?`,
        [orderId],
      )
    )[0];
  /** Orders the sandbox holds under this reference (the carrier's side of the story). */
  const atCarrier = async (orderId: string) =>
    (
      await inv.rows<{ numbers: { phone_number: string }[] }>(
        `select numbers from carrier_sandbox.orders where reference = ?`,
        [orderId],
      )
    ).map((o) => o.numbers.map((n) => n.phone_number).sort());
  const get = (number: string) => inv.rpc.request<RegistryNumber>(NumberLifecyclePatterns.Get, { ...buyer, number });
  /** Several provisioner passes a poll interval apart: a gated order is not picked up however often the loop runs. */
  const runPasses = async (n = 3) => {
    for (let i = 0; i < n; i++) {
      inv.clock.advance(1_000);
      await inv.app.get(Provisioner).runOnce();
    }
  };

  beforeAll(async () => {
    inv = await startInventory(
      { CARRIER_ORDER_DEADLINE_MS: '60000', COMPLIANCE_WAIT_DAYS: '30' },
      { withOrdering: false, carrier: { ACTIVATION_DELAY_MS: '0', FAILURE_RATE: '0' } },
    );
    await inv.app.get(IngestService).ingestRows(DELHI.map(delhiRow));
    steps = lifecycle(inv);
  });

  afterAll(async () => {
    await inv.close();
  });

  it('holds an IN number pending (awaiting_compliance) and away from the carrier, without the carrier deadline running; met, it activates', async () => {
    const claimed = await claimIn([DELHI[0]]);
    const [number] = claimed.numbers;
    await placeIn(claimed);
    await runPasses();
    expect(await carrierOrder(claimed.order_id)).toMatchObject({
      status: 'queued',
      submit_attempts: 0,
      carrier_order_id: null,
      deadline_at: null,
    });
    expect(await atCarrier(claimed.order_id)).toEqual([]);
    expect(await get(number.number_id)).toMatchObject({ status: 'pending', status_reason: 'awaiting_compliance' });

    // Well past the carrier deadline (60 s): waiting for paperwork is not a carrier timeout.
    inv.clock.advance(2 * DAY);
    await runPasses();
    expect((await carrierOrder(claimed.order_id)).status).toBe('queued');

    await compliance(number, ComplianceStatus.Missing, ['document_ids']);
    await runPasses();
    expect(await atCarrier(claimed.order_id)).toEqual([]);

    await compliance(number, ComplianceStatus.Met);
    expect(await steps.settle(claimed.order_id)).toBe('completed');
    expect(await atCarrier(claimed.order_id)).toEqual([[DELHI[0]]]);
    expect(await carrierOrder(claimed.order_id)).toMatchObject({
      submit_attempts: 1,
      carrier_order_id: expect.any(String),
    });
    expect(await get(number.number_id)).toMatchObject({ status: 'active', status_reason: null });
    const activated = (await outbox(inv, 'number.activated')).filter(
      (e) => e.envelope.data.order_id === claimed.order_id,
    );
    expect(activated.map((e) => e.envelope.data.phone_number)).toEqual([DELHI[0]]);
  });

  it('sends an order whole: a met number waits (awaiting_order_compliance) for its sibling; a missing after met blocks again; a stale met changes nothing', async () => {
    const claimed = await claimIn([DELHI[1], DELHI[2]]);
    const [a, b] = claimed.numbers;
    await placeIn(claimed);
    await compliance(a, ComplianceStatus.Met);
    await runPasses();
    expect(await get(a.number_id)).toMatchObject({ status: 'pending', status_reason: 'awaiting_order_compliance' });
    expect(await get(b.number_id)).toMatchObject({ status: 'pending', status_reason: 'awaiting_compliance' });

    await compliance(b, ComplianceStatus.Met);
    const metAt = inv.clock.now();
    inv.clock.advance(1);
    await compliance(a, ComplianceStatus.Missing, ['end_user.company_name']);
    // Delivered late (an older announcement): it must not undo the newer missing.
    await compliance(a, ComplianceStatus.Met, [], metAt);
    await runPasses();
    expect(await carrierOrder(claimed.order_id)).toMatchObject({ status: 'queued', submit_attempts: 0 });
    expect(await atCarrier(claimed.order_id)).toEqual([]);
    expect(await get(a.number_id)).toMatchObject({ status_reason: 'awaiting_compliance' });
    expect(await get(b.number_id)).toMatchObject({ status_reason: 'awaiting_order_compliance' });

    await compliance(a, ComplianceStatus.Met);
    expect(await steps.settle(claimed.order_id)).toBe('completed');
    expect(await atCarrier(claimed.order_id)).toEqual([[DELHI[1], DELHI[2]]]);
    expect((await get(a.number_id)).status).toBe('active');
    expect((await get(b.number_id)).status).toBe('active');
  });

  it('after COMPLIANCE_WAIT_DAYS the numbers still waiting fail with compliance_incomplete (refunded, back in stock) and the met ones go to the carrier', async () => {
    const claimed = await claimIn([DELHI[3], DELHI[4]]);
    const [met, never] = claimed.numbers;
    await placeIn(claimed);
    await compliance(met, ComplianceStatus.Met);
    await runPasses();
    expect(await atCarrier(claimed.order_id)).toEqual([]);

    inv.clock.advance(29 * DAY);
    await runPasses();
    expect((await carrierOrder(claimed.order_id)).submit_attempts).toBe(0);

    inv.clock.advance(DAY);
    expect(await steps.settle(claimed.order_id)).toBe('completed');
    const failed = (await outbox(inv, 'number.purchase_failed')).filter(
      (e) => e.envelope.data.order_id === claimed.order_id,
    );
    expect(failed.map((e) => [e.envelope.data.number_id, e.envelope.data.failure_code])).toEqual([
      [never.number_id, 'compliance_incomplete'],
    ]);
    expect(failed[0].envelope.data.failure_message).toContain('document_ids');
    expect(await get(never.number_id)).toMatchObject({
      status: 'purchase_failed',
      status_reason: 'compliance_incomplete',
    });
    expect(
      (await inv.rows<{ state: string }>(`select state from inventory.numbers where e164 = ?`, [DELHI[4]]))[0].state,
    ).toBe('available');
    // The met number went alone, under the order's reference, and activated.
    expect(await atCarrier(claimed.order_id)).toEqual([[DELHI[3]]]);
    expect(await get(met.number_id)).toMatchObject({ status: 'active', status_reason: null });
  });

  it('fails the whole order at the wait limit when nothing was met: nothing reaches the carrier', async () => {
    const claimed = await claimIn([DELHI[5]]);
    await placeIn(claimed);
    inv.clock.advance(30 * DAY);
    expect(await steps.settle(claimed.order_id)).toBe('completed');
    expect(await atCarrier(claimed.order_id)).toEqual([]);
    const failed = (await outbox(inv, 'number.purchase_failed')).filter(
      (e) => e.envelope.data.order_id === claimed.order_id,
    );
    expect(failed.map((e) => e.envelope.data.failure_code)).toEqual(['compliance_incomplete']);
  });

  it('leaves a US order alone: submitted on the first pass with the carrier deadline running, no status_reason', async () => {
    const claimed = await steps.claim(buyer, [DALLAS[0]]);
    await steps.place(buyer, claimed);
    const queued = await carrierOrder(claimed.order_id);
    expect(queued.compliance_deadline_at).toBeNull();
    expect(queued.deadline_at).not.toBeNull();
    expect(await get(claimed.numbers[0].number_id)).toMatchObject({ status: 'pending', status_reason: null });
    await inv.app.get(Provisioner).runOnce();
    expect(await atCarrier(claimed.order_id)).toHaveLength(1);
    expect(await steps.settle(claimed.order_id)).toBe('completed');
    expect(await get(claimed.numbers[0].number_id)).toMatchObject({ status: 'active', status_reason: null });
  });
});
