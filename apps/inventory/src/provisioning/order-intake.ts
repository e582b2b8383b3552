import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope, Events, NumberOrderPlacedV1, ServiceName } from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock, currentTrace, currentTraceparent } from '@did/service-kit';
import { needsCompliance } from '../compliance-gate/compliance-gate';
import { INVENTORY_CONFIG, InventoryConfig } from '../config';
import { returnToStock } from '../registry/number-moves';
import { lockNumbers } from '../registry/number-rows';
import { ProvisioningOrder, ProvisioningStatus } from './entities/provisioning-order.entity';
import { lockOrder, savePlaced } from './provisioning-orders';

/** WARNING: JetStream keeps this consumer's position under this name; renaming it replays number_order.placed (harmless: the inbox and the order row make it a no-op). */
export const PROVISIONING_DURABLE = 'inventory-provisioning';

/**
 * Takes paid orders (number_order.placed) into the provisioning queue, in the inbox transaction: the
 * provisioner finds them there, so a paid order is always sent to the carrier. Numbers of the claim
 * the order did not pay for go back to stock; paid numbers this registry does not hold for the order
 * (given back before the payment landed) fail at once with number.purchase_failed, so they are refunded.
 * Numbers of a country with regulatory requirements wait for their paperwork first (compliance
 * deadline, COMPLIANCE_WAIT_DAYS); the carrier deadline starts when the order is sent.
 */
@Injectable()
export class OrderIntake implements OnModuleInit {
  private readonly logger = new Logger('OrderIntake');

  constructor(
    private readonly events: JetStreamEvents,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(INVENTORY_CONFIG) private readonly config: InventoryConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.consume({
      durable: PROVISIONING_DURABLE,
      eventTypes: [Events.NumberOrderPlaced.type],
      handler: (event, em) => this.accept(event, em),
    });
  }

  async accept(event: EventEnvelope, em: EntityManager): Promise<void> {
    const placed = NumberOrderPlacedV1.parse(event.data);
    const now = this.clock.now();
    const order = await lockOrder(em, placed.order_id);
    // Already placed: a second event for one order changes nothing.
    if (order && order.status !== ProvisioningStatus.Claimed && order.status !== ProvisioningStatus.Unclaimed) return;
    const pending =
      order?.status === ProvisioningStatus.Claimed
        ? await lockNumbers(em, `purchase_order_id = ? and state = 'pending_purchase'`, [placed.order_id])
        : [];
    const paid = new Set(placed.phone_numbers.map((n) => n.number_id));
    const provision = pending.filter((r) => r.number_id !== null && paid.has(r.number_id));
    await returnToStock(
      em,
      pending.filter((r) => !provision.includes(r)).map((r) => r.e164),
      now,
    );
    const held = new Set(provision.map((r) => r.number_id));
    const lost = placed.phone_numbers.filter((n) => !held.has(n.number_id));
    for (const n of lost) {
      await appendToOutbox(
        em,
        ServiceName.Inventory,
        Events.NumberPurchaseFailed,
        {
          number_id: n.number_id,
          phone_number: n.phone_number,
          account_id: placed.account_id,
          country_code: placed.country_code,
          number_type: placed.number_type,
          order_id: placed.order_id,
          failure_code: 'number_not_claimed',
          failure_message:
            'The registry does not hold this number for the order (it was given back before the order was paid).',
          failed_at: now.toISOString(),
        },
        { accountId: placed.account_id, partnerId: order?.partnerId ?? null },
        now,
      );
    }
    if (lost.length)
      this.logger.warn(`order ${placed.order_id}: ${lost.length} paid number(s) not held for it; failed at once`);
    const target: ProvisioningOrder = order ?? {
      orderId: placed.order_id,
      accountId: placed.account_id,
      partnerId: null,
      status: ProvisioningStatus.Claimed,
      numbers: [],
      carrierOrderId: null,
      submitAttempts: 0,
      failures: 0,
      nextAttemptAt: null,
      deadlineAt: null,
      complianceDeadlineAt: null,
      lastError: null,
      createdAt: now,
      placedAt: null,
      completedAt: null,
      updatedAt: now,
      traceparent: null,
      requestId: null,
    };
    target.status = provision.length ? ProvisioningStatus.Queued : ProvisioningStatus.Completed;
    target.placedAt = now;
    target.nextAttemptAt = provision.length ? now : null;
    const gated = provision.some((r) => needsCompliance(r.country_code));
    target.complianceDeadlineAt = gated
      ? new Date(now.getTime() + this.config.COMPLIANCE_WAIT_DAYS * 86_400_000)
      : null;
    target.deadlineAt = gated ? null : new Date(now.getTime() + this.config.CARRIER_ORDER_DEADLINE_MS);
    target.completedAt = provision.length ? null : now;
    target.updatedAt = now;
    // The provisioner works on it later, outside this event: it continues this trace from the row.
    target.traceparent = currentTraceparent() ?? null;
    target.requestId = currentTrace()?.requestId ?? null;
    await savePlaced(em, target);
  }
}
