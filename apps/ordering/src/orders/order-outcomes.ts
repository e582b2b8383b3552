import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EventEnvelope,
  Events,
  LedgerEntryKind,
  NumberActivatedV1,
  NumberOrderStatus,
  NumberPurchaseFailedV1,
  OrderNumberStatus,
} from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { NUMBER_ORDERS, ORDER_NUMBERS, sql } from '../db/sql';
import { startSubscription } from '../subscriptions/subscription-starter';
import { UsageRatesSnapshot } from '../subscriptions/usage-rates-snapshot';
import { ResellerCharges } from '../wallets/reseller-charges';
import { OrderRowStatus } from './entities/number-order.entity';
import { lockOrder } from './order-rows';

/** WARNING: JetStream keeps this consumer's position under this name; renaming it replays activations (harmless: each is applied once). */
export const ORDER_OUTCOMES_DURABLE = 'ordering-order-outcomes';

const SERVICE = 'ordering';

interface OrderRow {
  id: string;
  account_id: string;
  partner_id: string | null;
  currency: 'USD' | 'GBP' | 'INR' | 'CAD';
  customer_reference: string | null;
  auto_renew: boolean;
  total_charged_cents: string;
  total_refunded_cents: string;
}

interface LineRow {
  number_id: string;
  e164: string;
  status: OrderNumberStatus;
  setup_cents: number;
  monthly_cents: number;
  partner_setup_cents: number;
  partner_monthly_cents: number;
  is_trial: boolean;
  minimum_commitment_months: number;
  error_code: string | null;
}

/**
 * What the carrier did with each ordered number, as inventory reports it: an activated number starts
 * its billing (the first cycle, paid with the order, runs from activation); a failed one is refunded
 * in full on both sides of the resale. When no number is pending any more the order completes with
 * number_order.completed. Every step runs under the order's row lock in the inbox transaction, so a
 * redelivered event changes nothing.
 */
@Injectable()
export class OrderOutcomes implements OnModuleInit {
  constructor(
    private readonly events: JetStreamEvents,
    private readonly charges: ResellerCharges,
    private readonly usageRates: UsageRatesSnapshot,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.consume({
      durable: ORDER_OUTCOMES_DURABLE,
      eventTypes: [Events.NumberActivated.type, Events.NumberPurchaseFailed.type],
      handler: (event, em) => this.handle(event, em),
    });
  }

  async handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    if (event.type === Events.NumberActivated.type) {
      const data = NumberActivatedV1.parse(event.data);
      if (data.order_id) await this.activated(em, data.order_id, data, new Date(data.activated_at));
    } else if (event.type === Events.NumberPurchaseFailed.type) {
      const data = NumberPurchaseFailedV1.parse(event.data);
      await this.failed(em, data.order_id, data.phone_number, data.failure_code, data.failure_message);
    }
  }

  private async activated(
    em: EntityManager,
    orderId: string,
    number: NumberActivatedV1,
    activatedAt: Date,
  ): Promise<void> {
    const e164 = number.phone_number;
    const found = await this.pendingLine(em, orderId, e164);
    if (!found) return;
    const { order, line } = found;
    const now = this.clock.now();
    await sql(em, `update ${ORDER_NUMBERS} set status = 'success', activated_at = ? where order_id = ? and e164 = ?`, [
      activatedAt,
      orderId,
      e164,
    ]);
    const started = await startSubscription(
      em,
      {
        numberId: line.number_id,
        e164,
        accountId: order.account_id,
        partnerId: order.partner_id,
        orderId,
        currency: order.currency,
        setupCents: line.setup_cents,
        monthlyCents: line.monthly_cents,
        partnerMonthlyCents: line.partner_monthly_cents,
        firstPeriodCents: line.is_trial ? 0 : line.monthly_cents,
        firstPeriodPartnerCents: line.is_trial ? 0 : line.partner_monthly_cents,
        isTrial: line.is_trial,
        minimumCommitmentMonths: line.minimum_commitment_months,
        autoRenew: order.auto_renew,
        activatedAt,
      },
      now,
    );
    if (started) {
      await this.usageRates.take(
        em,
        {
          numberId: line.number_id,
          e164,
          accountId: order.account_id,
          partnerId: order.partner_id,
          currency: order.currency,
          countryCode: number.country_code,
          numberType: number.number_type,
          effectiveFrom: activatedAt,
        },
        now,
      );
    }
    await this.completeIfDone(em, order);
  }

  private async failed(em: EntityManager, orderId: string, e164: string, code: string, message: string): Promise<void> {
    const found = await this.pendingLine(em, orderId, e164);
    if (!found) return;
    const { order, line } = found;
    const now = this.clock.now();
    // Exactly what this number was debited: setup plus its first cycle (none for a trial number).
    const buyerCents = line.setup_cents + (line.is_trial ? 0 : line.monthly_cents);
    const partnerCents = order.partner_id
      ? line.partner_setup_cents + (line.is_trial ? 0 : line.partner_monthly_cents)
      : 0;
    await this.charges.credit(em, {
      kind: LedgerEntryKind.Refund,
      buyerAccountId: order.account_id,
      partnerId: order.partner_id,
      currency: order.currency,
      buyerCents,
      partnerCents,
      key: `refund:${orderId}:${e164}`,
      description: `Refund: ${e164} of order ${orderId} could not be activated (${code})`,
      reference: orderId,
    });
    await sql(
      em,
      `update ${ORDER_NUMBERS} set status = 'failure', error_code = ?, error_message = ?, refunded_at = ? where order_id = ? and e164 = ?`,
      [code, message, now, orderId, e164],
    );
    await sql(
      em,
      `update ${NUMBER_ORDERS} set total_refunded_cents = total_refunded_cents + ?, updated_at = ? where id = ?`,
      [buyerCents, now, orderId],
    );
    await this.completeIfDone(em, {
      ...order,
      total_refunded_cents: String(Number(order.total_refunded_cents) + buyerCents),
    });
  }

  /** The order (locked) and the number's line when it is still pending; null when this outcome was applied before or is not ours. */
  private async pendingLine(
    em: EntityManager,
    orderId: string,
    e164: string,
  ): Promise<{ order: OrderRow; line: LineRow } | null> {
    const locked = await lockOrder(em, orderId);
    if (locked?.status !== OrderRowStatus.Pending) return null;
    const [order] = await sql<OrderRow>(
      em,
      `select id, account_id, partner_id, currency, customer_reference, auto_renew, total_charged_cents, total_refunded_cents from ${NUMBER_ORDERS} where id = ?`,
      [orderId],
    );
    const [line] = await sql<LineRow>(
      em,
      `select number_id, e164, status, setup_cents, monthly_cents, partner_setup_cents, partner_monthly_cents, is_trial, minimum_commitment_months, error_code from ${ORDER_NUMBERS} where order_id = ? and e164 = ?`,
      [orderId, e164],
    );
    if (!line || line.status !== OrderNumberStatus.Pending) return null;
    return { order, line };
  }

  private async completeIfDone(em: EntityManager, order: OrderRow): Promise<void> {
    const lines = await sql<LineRow>(
      em,
      `select number_id, e164, status, error_code from ${ORDER_NUMBERS} where order_id = ? order by e164`,
      [order.id],
    );
    if (lines.some((l) => l.status === OrderNumberStatus.Pending)) return;
    const succeeded = lines.filter((l) => l.status === OrderNumberStatus.Success).length;
    const status =
      succeeded === lines.length
        ? NumberOrderStatus.Success
        : succeeded === 0
          ? NumberOrderStatus.Failure
          : NumberOrderStatus.PartialSuccess;
    const now = this.clock.now();
    await sql(em, `update ${NUMBER_ORDERS} set status = ?, completed_at = ?, updated_at = ? where id = ?`, [
      status,
      now,
      now,
      order.id,
    ]);
    await appendToOutbox(
      em,
      SERVICE,
      Events.NumberOrderCompleted,
      {
        order_id: order.id,
        account_id: order.account_id,
        status,
        customer_reference: order.customer_reference,
        currency: order.currency,
        total_charged_cents: Number(order.total_charged_cents),
        total_refunded_cents: Number(order.total_refunded_cents),
        phone_numbers: lines.map((l) => ({
          number_id: l.number_id,
          phone_number: l.e164,
          status: l.status,
          error_code: l.error_code,
        })),
        completed_at: now.toISOString(),
      },
      { accountId: order.account_id, partnerId: order.partner_id },
      now,
    );
  }
}
