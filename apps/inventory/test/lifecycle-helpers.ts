import { ClaimNumbersReply, Events, NumberLifecyclePatterns } from '@did/contracts';
import { waitFor } from '@did/testing';
import { Provisioner } from '../src/provisioning/provisioner';
import { InventoryFixture } from './inventory-fixture';

export interface Buyer {
  account_id: string;
  partner_id: string | null;
}

/** Lifecycle steps as ordering would drive them: claim, pay (number_order.placed), and let the provisioner run. */
export function lifecycle(inv: InventoryFixture) {
  let orders = 0;
  const provisioner = () => inv.app.get(Provisioner);
  const statusOf = async (orderId: string) =>
    (await inv.rows<{ status: string }>(`select status from inventory.carrier_orders where order_id = ?`, [orderId]))[0]
      ?.status;

  const claim = (who: Buyer, phone_numbers: string[], orderId = `ord_${Date.now().toString(36)}_${++orders}`) =>
    inv.rpc.request<ClaimNumbersReply>(NumberLifecyclePatterns.Claim, {
      order_id: orderId,
      ...who,
      country_code: 'US',
      number_type: 'local',
      selection: { kind: 'numbers', phone_numbers, reservation_id: null },
    });

  /** Publishes number_order.placed for a claim and waits until inventory has taken it in. */
  const place = async (who: Buyer, claimed: ClaimNumbersReply) => {
    const eventId = await inv.publish(
      Events.NumberOrderPlaced,
      {
        order_id: claimed.order_id,
        account_id: who.account_id,
        country_code: 'US',
        number_type: 'local',
        phone_numbers: claimed.numbers.map((n) => ({ number_id: n.number_id, phone_number: n.phone_number })),
        placed_at: inv.clock.now().toISOString(),
      },
      { accountId: who.account_id, partnerId: who.partner_id },
    );
    await waitForInbox(inv, eventId);
  };

  /** Runs the provisioner (moving the manual clock one poll interval each time) until the carrier order is settled. */
  const settle = (orderId: string) =>
    waitFor(
      async () => {
        inv.clock.advance(1_000);
        await provisioner().runOnce();
        const status = await statusOf(orderId);
        return status === 'completed' || status === 'timed_out' ? status : undefined;
      },
      { what: `order ${orderId} settled`, intervalMs: 20 },
    );

  /** Claims, pays and provisions; returns the claim. */
  const buy = async (who: Buyer, phone_numbers: string[]) => {
    const claimed = await claim(who, phone_numbers);
    await place(who, claimed);
    await settle(claimed.order_id);
    return claimed;
  };

  return { claim, place, settle, buy, statusOf, provisioner };
}

/** Waits until inventory's consumer has processed (committed) the event. */
export function waitForInbox(inv: InventoryFixture, eventId: string): Promise<unknown> {
  return waitFor(
    async () => (await inv.rows(`select 1 from inventory.inbox_records where event_id = ?`, [eventId])).length > 0,
    { what: `event ${eventId} processed` },
  );
}

/** Outbox events of a type, oldest first. */
export function outbox(inv: InventoryFixture, type: string) {
  return inv.rows<{ envelope: { account_id: string | null; partner_id: string | null; data: Record<string, any> } }>(
    `select envelope from inventory.outbox_events where type = ? order by id`,
    [type],
  );
}

/** The rejection of `p` (fails the test when it resolves). */
export function failure<T>(p: Promise<T>): Promise<any> {
  return p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
}
