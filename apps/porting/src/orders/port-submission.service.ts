import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import {
  assertPortOrderTransition,
  CancelPortOrderRequest,
  DomainError,
  ErrorCode,
  ErrorType,
  focInstant,
  PortNumberStatus,
  PortOrder as PortOrderView,
  PortOrderRefRequest,
  PortOrderStatus,
} from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { CarrierCallError, CarrierPortingClient } from '../carrier/carrier-porting.client';
import { isOpenNumber, PortOrderNumber } from './entities/port-order-number.entity';
import { PortOrder } from './entities/port-order.entity';
import { focDateViolation } from './foc-date';
import { PortEffects } from './port-effects';
import { findOrder, PortOrdersService } from './port-orders.service';
import { closeOrder } from './port-closing';
import { moveTo, note } from './port-timeline';

/** Numbers still in play on an order (not dropped, removed or ported). */

const DAY_MS = 86_400_000;

/**
 * Submitting (the porting fee is charged synchronously first: 402 leaves the order a draft),
 * sending the order to the carrier (now, or by the poller when the carrier is down), and cancelling.
 */
@Injectable()
export class PortSubmissionService {
  private readonly logger = new Logger(PortSubmissionService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly carrier: CarrierPortingClient,
    private readonly effects: PortEffects,
    private readonly orders: PortOrdersService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async submit(request: PortOrderRefRequest): Promise<PortOrderView> {
    const now = this.clock.now();
    const rules = await this.carrier.rules();
    const id = await this.em.fork().transactional(async (em) => {
      const order = await findOrder(em, request.caller, request.order_id, true);
      assertPortOrderTransition(order.status, PortOrderStatus.Submitted, order.id);
      const violation = focDateViolation(order.requestedFocDate, now, rules.min_foc_lead_business_days);
      if (violation)
        throw new DomainError(
          ErrorType.InvalidRequest,
          ErrorCode.ValidationFailed,
          `${violation.message}; PATCH requested_foc_date first.`,
          [violation],
        );
      const numbers = (await em.find(PortOrderNumber, { orderId: order.id })).filter(isOpenNumber);
      if (!numbers.length)
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.InvalidStateTransition,
          `Porting order ${order.id} has no number left to submit; cancel it.`,
        );
      const submission = order.submissions + 1;
      const resubmission = order.status === PortOrderStatus.Exception;
      if (order.feeSubmission === null) {
        // Ledger key per (order, submission): a retry of this submit finds the charge instead of charging twice.
        const fees = await this.effects.chargeFees(order, submission, numbers);
        const feeOf = new Map(fees.numbers.map((f) => [f.phone_number, f.fee_cents]));
        for (const n of numbers) n.feeCents = feeOf.get(n.e164) ?? 0;
        order.feeSubmission = submission;
        order.feeChargedCents = fees.total_cents;
        note(
          em,
          order,
          'fee_charged',
          'platform',
          `Porting fee charged: ${fees.total_cents} ${fees.currency} minor units for ${numbers.length} number(s).`,
          now,
          { total_cents: fees.total_cents, currency: fees.currency },
        );
      }
      // Numbers the customer removed while in exception are refunded now.
      const removed = (
        await em.find(PortOrderNumber, { orderId: order.id, status: PortNumberStatus.Cancelled, feeRefunded: false })
      ).filter((n) => (n.feeCents ?? 0) > 0);
      if (removed.length) {
        await this.effects.refundFees(order, removed, 'removed from the order');
        note(
          em,
          order,
          'fee_refunded',
          'platform',
          `Refunded the porting fee of ${removed.length} removed number(s).`,
          now,
          { phone_numbers: removed.map((n) => n.e164) },
        );
      }
      for (const n of numbers) n.status = PortNumberStatus.Submitted;
      order.submissions = submission;
      order.submittedAt = now;
      order.exceptionCode = null;
      order.exceptionMessage = null;
      await moveTo(
        em,
        order,
        PortOrderStatus.Submitted,
        'customer',
        resubmission
          ? `Resubmitted (submission ${submission}) after the exception was fixed.`
          : `Submitted to ${order.losingCarrier ?? 'the losing carrier'}.`,
        now,
        now,
      );
      return order.id;
    });
    await this.sendToCarrier(id).catch((err: Error) =>
      this.logger.warn(`port order ${id} not sent to the carrier yet (the poller retries): ${err.message}`),
    );
    return this.orders.get(request);
  }

  /** Sends the latest submission to the carrier: the order the first time, a supplement after an exception. Idempotent. */
  async sendToCarrier(orderId: string): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const order = await em.findOne(PortOrder, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!order || order.status !== PortOrderStatus.Submitted || order.carrierSubmission >= order.submissions) return;
      const numbers = (await em.find(PortOrderNumber, { orderId }, { orderBy: { position: 'asc' } })).filter(
        isOpenNumber,
      );
      const u = order.endUser as Record<string, unknown>;
      const endUser = {
        name: String(u.name),
        account_number: String(u.account_number),
        pin: (u.pin as string | null | undefined) ?? null,
        service_address: (u.service_address as Record<string, unknown>) ?? {},
      };
      if (!order.carrierOrderId) {
        const created = await this.carrier.createPortOrder({
          reference: order.id,
          phone_numbers: numbers.map((n) => n.e164),
          requested_foc_date: order.requestedFocDate,
          end_user: endUser,
        });
        order.carrierOrderId = created.id;
      } else {
        await this.carrier
          .supplement(order.carrierOrderId, {
            phone_numbers: numbers.map((n) => n.e164),
            requested_foc_date: order.requestedFocDate,
            end_user: endUser,
          })
          .catch((err: unknown) => {
            // A supplement that arrived before (its answer lost) finds the carrier order in review already.
            if (!(err instanceof CarrierCallError) || err.status !== 409) throw err;
          });
      }
      order.carrierSubmission = order.submissions;
      order.updatedAt = this.clock.now();
    });
  }

  async cancel(request: CancelPortOrderRequest): Promise<PortOrderView> {
    const now = this.clock.now();
    await this.em.fork().transactional(async (em) => {
      const order = await findOrder(em, request.caller, request.order_id, true);
      assertPortOrderTransition(order.status, PortOrderStatus.Cancelled, order.id);
      if (
        order.status === PortOrderStatus.Approved &&
        order.focDate &&
        now.getTime() >= focInstant(order.focDate).getTime() - DAY_MS
      ) {
        throw new DomainError(
          ErrorType.Conflict,
          ErrorCode.PortingCancelWindowClosed,
          `Porting order ${order.id} ports on ${order.focDate}: it can no longer be cancelled within 24 h of the FOC date.`,
        );
      }
      // The carrier is told first: if it refuses (the port already happened), nothing changes here.
      if (order.carrierOrderId) await this.carrier.cancel(order.carrierOrderId);
      const reason = `Cancelled by the customer${request.body.reason ? `: ${request.body.reason}` : ''}.`;
      await closeOrder(em, this.effects, order, PortOrderStatus.Cancelled, 'customer', reason, now, now);
    });
    return this.orders.get(request);
  }
}
