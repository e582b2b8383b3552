import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import {
  canPortOrderTransition,
  type CarrierPortEvent,
  type CarrierPortOrder,
  CarrierPortStatus,
  Events,
  PORT_EXCEPTION_CODES,
  PORT_EXCEPTION_REMEDIATION,
  PORT_ORDER_OPEN,
  PortExceptionCode,
  PortNumberStatus,
  PortOrderStatus,
  ServiceName,
} from '@did/contracts';
import { appendToOutbox } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { CarrierPortingClient } from '../carrier/carrier-porting.client';
import { isOpenNumber, PortOrderNumber } from './entities/port-order-number.entity';
import { PortOrder } from './entities/port-order.entity';
import { closeOrder } from './port-closing';
import { PortEffects } from './port-effects';
import { PortSubmissionService } from './port-submission.service';
import { moveTo, note, scopeOf } from './port-timeline';

/**
 * Applies what the carrier did to a port order, one step of its history at a time and each step at
 * the time the carrier took it, so the timeline reads the same however late a poll comes. A step and
 * its effects (refunds, porting_in numbers, activation and billing) commit together; a failed effect
 * rolls the step back and the next poll tries it again.
 */
@Injectable()
export class PortSyncService {
  private readonly logger = new Logger(PortSyncService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly carrier: CarrierPortingClient,
    private readonly effects: PortEffects,
    private readonly submissions: PortSubmissionService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** One pass over every open order: unsent submissions are sent, then the carrier's state applied. Returns the orders that changed. */
  async pollOnce(): Promise<number> {
    const open = await this.em
      .fork()
      .find(PortOrder, { status: { $in: [...PORT_ORDER_OPEN] } }, { fields: ['id'], orderBy: { updatedAt: 'asc' } });
    let changed = 0;
    for (const { id } of open) {
      try {
        await this.submissions.sendToCarrier(id);
        if (await this.sync(id)) changed++;
      } catch (err) {
        this.logger.warn(`port order ${id} not synced (next poll retries): ${(err as Error).message}`);
      }
    }
    return changed;
  }

  async sync(orderId: string): Promise<boolean> {
    const peek = await this.em.fork().findOne(PortOrder, { id: orderId }, { fields: ['carrierOrderId'] });
    if (!peek?.carrierOrderId) return false;
    const remote = await this.carrier.getPortOrder(peek.carrierOrderId);
    return this.em.fork().transactional(async (em) => {
      const order = await em.findOne(PortOrder, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!order) return false;
      const steps = remote.history.filter((s) => s.seq > order.carrierSeqApplied);
      for (const step of steps) {
        await this.apply(em, order, remote, step);
        order.carrierSeqApplied = step.seq;
      }
      return steps.length > 0;
    });
  }

  private async apply(
    em: EntityManager,
    order: PortOrder,
    remote: CarrierPortOrder,
    step: CarrierPortEvent,
  ): Promise<void> {
    const at = new Date(step.at);
    const now = this.clock.now();
    const numbers = await em.find(PortOrderNumber, { orderId: order.id });
    const open = numbers.filter(isOpenNumber);
    const target = this.targetOf(step.status);
    if (target === null) {
      note(em, order, 'updated', 'carrier', `${order.losingCarrier ?? 'Carrier'}: ${step.note}`, at);
      return;
    }
    // A step that no longer fits (the customer cancelled meanwhile) is recorded, never forced.
    if (!canPortOrderTransition(order.status, target)) {
      if (order.status !== target)
        note(
          em,
          order,
          'updated',
          'carrier',
          `Carrier reported ${step.status} while the order is ${order.status}: ${step.note}`,
          at,
        );
      return;
    }
    switch (target) {
      case PortOrderStatus.InProgress:
        await this.dropRejected(em, order, numbers, step, at);
        await this.prepare(em, order, numbers.filter(isOpenNumber), at);
        for (const n of numbers.filter(isOpenNumber)) n.status = PortNumberStatus.InProgress;
        await moveTo(em, order, target, 'carrier', step.note, at, now);
        return;
      case PortOrderStatus.Approved: {
        const moved = order.status === PortOrderStatus.Approved;
        order.focDate = step.foc_date ?? remote.foc_date;
        for (const n of open) n.status = PortNumberStatus.Approved;
        note(
          em,
          order,
          'foc_set',
          'carrier',
          `${moved ? 'FOC date moved to' : 'FOC date set:'} ${order.focDate}.`,
          at,
          { foc_date: order.focDate },
        );
        await moveTo(em, order, target, 'carrier', step.note, at, now);
        return;
      }
      case PortOrderStatus.Exception: {
        const code = (PORT_EXCEPTION_CODES as readonly string[]).includes(step.exception_code ?? '')
          ? (step.exception_code as PortExceptionCode)
          : PortExceptionCode.DocumentsUnreadable;
        order.exceptionCode = code;
        order.exceptionMessage = step.note;
        order.exceptionAt = at;
        for (const n of open) n.status = PortNumberStatus.Exception;
        await moveTo(em, order, target, 'carrier', `Exception ${code}: ${step.note}`, at, now);
        note(em, order, 'exception', 'carrier', PORT_EXCEPTION_REMEDIATION[code], at, { code });
        await appendToOutbox(
          em,
          ServiceName.Porting,
          Events.PortingOrderException,
          {
            order_id: order.id,
            account_id: order.accountId,
            parent_order_id: order.parentOrderId,
            code,
            message: step.note,
            remediation: PORT_EXCEPTION_REMEDIATION[code],
            raised_at: at.toISOString(),
          },
          scopeOf(order),
          now,
        );
        return;
      }
      case PortOrderStatus.Completed:
        await this.complete(em, order, open, at, now, step.note);
        return;
      case PortOrderStatus.Cancelled:
        await closeOrder(
          em,
          this.effects,
          order,
          PortOrderStatus.Cancelled,
          'carrier',
          `Cancelled by the carrier: ${step.note}`,
          at,
          now,
        );
        return;
      case PortOrderStatus.Failed:
        await this.dropRejected(em, order, numbers, step, at);
        await closeOrder(em, this.effects, order, PortOrderStatus.Failed, 'carrier', step.note, at, now);
        return;
      default:
        return;
    }
  }

  private targetOf(status: CarrierPortOrder['status']): PortOrderStatus | null {
    switch (status) {
      case CarrierPortStatus.InProgress:
        return PortOrderStatus.InProgress;
      case CarrierPortStatus.Approved:
        return PortOrderStatus.Approved;
      case CarrierPortStatus.Exception:
        return PortOrderStatus.Exception;
      case CarrierPortStatus.Completed:
        return PortOrderStatus.Completed;
      case CarrierPortStatus.Cancelled:
        return PortOrderStatus.Cancelled;
      case CarrierPortStatus.Rejected:
        return PortOrderStatus.Failed;
      default:
        return null;
    }
  }

  /** Numbers the carrier refused in review leave the order, each refunded. */
  private async dropRejected(
    em: EntityManager,
    order: PortOrder,
    numbers: PortOrderNumber[],
    step: CarrierPortEvent,
    at: Date,
  ): Promise<void> {
    const reasons = new Map(step.rejected.map((r) => [r.phone_number, r.reason]));
    const dropped = numbers.filter((n) => isOpenNumber(n) && reasons.has(n.e164));
    if (!dropped.length) return;
    for (const n of dropped) {
      n.status = PortNumberStatus.NotPortable;
      n.notPortableReason = reasons.get(n.e164) ?? null;
      n.statusDetail = `Not portable (${n.notPortableReason}): dropped by the losing carrier; its porting fee was refunded.`;
    }
    await this.effects.refundFees(order, dropped, 'number not portable');
    note(
      em,
      order,
      'numbers_dropped',
      'carrier',
      `${dropped.length} number(s) cannot be ported and were dropped: ${dropped.map((n) => `${n.e164} (${n.notPortableReason})`).join(', ')}. Their porting fee was refunded.`,
      at,
      {
        phone_numbers: dropped.map((n) => ({
          phone_number: n.e164,
          reason: n.notPortableReason,
          fee_refunded_cents: n.feeCents ?? 0,
        })),
      },
    );
  }

  /** The numbers appear in the account as porting_in; any the registry cannot take fail (and are refunded). */
  private async prepare(em: EntityManager, order: PortOrder, open: PortOrderNumber[], at: Date): Promise<void> {
    if (!open.length) return;
    const reply = await this.effects.prepare(order, open);
    const refused = new Map(reply.refused.map((r) => [r.phone_number, r.reason]));
    const failed = open.filter((n) => refused.has(n.e164));
    for (const n of failed) {
      n.status = PortNumberStatus.Failed;
      n.statusDetail = `Cannot port: ${refused.get(n.e164)}; its porting fee was refunded.`;
    }
    if (failed.length) await this.effects.refundFees(order, failed, 'number already on the platform');
    note(
      em,
      order,
      'numbers_ready',
      'platform',
      `${reply.done.length} number(s) are in the account as porting_in and can be configured now.`,
      at,
      { count: reply.done.length, refused: reply.refused },
    );
  }

  private async complete(
    em: EntityManager,
    order: PortOrder,
    open: PortOrderNumber[],
    at: Date,
    now: Date,
    carrierNote: string,
  ): Promise<void> {
    if (open.length) {
      await this.effects.complete(order, open);
      const billing = await this.effects.startBilling(order, open, at);
      for (const n of open) {
        n.status = PortNumberStatus.Ported;
        n.statusDetail = 'Ported: active in the account.';
      }
      note(
        em,
        order,
        'numbers_activated',
        'platform',
        billing.status === 'active'
          ? `${open.length} number(s) are active; billing started with the first 30 days paid (${billing.charged_cents} minor units).`
          : `${open.length} number(s) are active; the first 30 days could not be paid, so billing is past due and retried by the renewal job.`,
        at,
        { count: open.length, billing_status: billing.status, charged_cents: billing.charged_cents },
      );
    }
    order.completedAt = at;
    await moveTo(em, order, PortOrderStatus.Completed, 'carrier', carrierNote, at, now);
    await appendToOutbox(
      em,
      ServiceName.Porting,
      Events.PortingOrderCompleted,
      {
        order_id: order.id,
        account_id: order.accountId,
        parent_order_id: order.parentOrderId,
        phone_numbers: (await em.find(PortOrderNumber, { orderId: order.id }, { orderBy: { position: 'asc' } })).map(
          (n) => ({ phone_number: n.e164, number_id: n.numberId, status: n.status }),
        ),
        completed_at: at.toISOString(),
      },
      scopeOf(order),
      now,
    );
  }
}
