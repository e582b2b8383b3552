import { Injectable } from '@nestjs/common';
import {
  PortingBillingPatterns,
  PortingFeesReply,
  PortingFeesReplySchema,
  PortingInventoryPatterns,
  PortInReply,
  PortInReplySchema,
  StartPortedBillingReply,
  StartPortedBillingReplySchema,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { PortOrderNumber } from './entities/port-order-number.entity';
import { PortOrder } from './entities/port-order.entity';

const caller = (o: PortOrder) => ({ account_id: o.accountId, partner_id: o.partnerId, currency: o.currency });
const owner = (o: PortOrder) => ({ port_order_id: o.id, account_id: o.accountId, partner_id: o.partnerId });
const asPortNumber = (o: PortOrder) => (n: PortOrderNumber) => ({
  phone_number: n.e164,
  country_code: o.countryCode,
  number_type: n.numberType ?? 'local',
});

/**
 * What a port order asks of ordering (money) and inventory (the registry). Every call is idempotent
 * on the other side (ledger keys per order and number, number ids), so a step that failed half way
 * is simply run again by the next poll.
 */
@Injectable()
export class PortEffects {
  constructor(private readonly rpc: RpcClient) {}

  chargeFees(order: PortOrder, submission: number, numbers: PortOrderNumber[]): Promise<PortingFeesReply> {
    return this.rpc.request(
      PortingBillingPatterns.ChargeFees,
      { caller: caller(order), port_order_id: order.id, submission, numbers: numbers.map(asPortNumber(order)) },
      { reply: PortingFeesReplySchema },
    );
  }

  async refundFees(order: PortOrder, numbers: PortOrderNumber[], reason: string): Promise<number> {
    const owed = numbers.filter((n) => !n.feeRefunded && (n.feeCents ?? 0) > 0);
    if (!owed.length) return 0;
    const reply = await this.rpc.request(
      PortingBillingPatterns.RefundFees,
      { port_order_id: order.id, phone_numbers: owed.map((n) => n.e164), reason },
      { reply: PortingFeesReplySchema },
    );
    for (const n of owed) n.feeRefunded = true;
    order.feeRefundedCents += owed.reduce((s, n) => s + (n.feeCents ?? 0), 0);
    return reply.total_cents;
  }

  prepare(order: PortOrder, numbers: PortOrderNumber[]): Promise<PortInReply> {
    return this.rpc.request(
      PortingInventoryPatterns.Prepare,
      { ...owner(order), numbers: numbers.map((n) => ({ ...asPortNumber(order)(n), number_id: n.numberId })) },
      { reply: PortInReplySchema },
    );
  }

  complete(order: PortOrder, numbers: PortOrderNumber[]): Promise<PortInReply> {
    return this.rpc.request(
      PortingInventoryPatterns.Complete,
      { ...owner(order), number_ids: numbers.map((n) => n.numberId) },
      { reply: PortInReplySchema },
    );
  }

  async abandon(order: PortOrder, numbers: PortOrderNumber[]): Promise<void> {
    if (!numbers.length) return;
    await this.rpc.request(
      PortingInventoryPatterns.Abandon,
      { ...owner(order), number_ids: numbers.map((n) => n.numberId) },
      { reply: PortInReplySchema },
    );
  }

  startBilling(order: PortOrder, numbers: PortOrderNumber[], activatedAt: Date): Promise<StartPortedBillingReply> {
    return this.rpc.request(
      PortingBillingPatterns.StartBilling,
      {
        caller: caller(order),
        port_order_id: order.id,
        activated_at: activatedAt.toISOString(),
        numbers: numbers.map((n) => ({ ...asPortNumber(order)(n), number_id: n.numberId })),
      },
      { reply: StartPortedBillingReplySchema },
    );
  }
}
