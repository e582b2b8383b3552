import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CarrierErrorCode, CarrierOrder, CarrierOrderNumberStatus, CarrierOrderStatus } from '@did/contracts';
import { JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock, continueTrace, PeriodicTask, runHop } from '@did/service-kit';
import { CarrierCallError, CarrierClient } from '../carrier/carrier.client';
import { carrierRetryDelayMs } from '../carrier/retry-delay';
import { passGate } from '../compliance-gate/compliance-gate';
import { INVENTORY_CONFIG, InventoryConfig } from '../config';
import { lockNumbers, NumberRow } from '../registry/number-rows';
import { ProvisioningOrder, ProvisioningStatus } from './entities/provisioning-order.entity';
import { lockNextDue, saveProgress } from './provisioning-orders';
import { activate, fail } from './purchase-outcomes';

/** Orders worked on at once per replica (each in its own transaction, holding its own row). */
const WORKERS = 4;
/** Orders one pass handles at most, so a pass always ends. */
const PASS_BUDGET = 200;

/**
 * Gets paid orders' numbers from the carrier: submits each queued order (`reference` = our order
 * id, so a submission whose answer was lost is found again, not doubled), polls submitted ones
 * (no callbacks: inventory has no HTTP listener), and applies a completed order in one transaction.
 * A carrier that fails or does not answer is retried with backoff until the order's deadline; then
 * the still pending numbers fail with carrier_timeout and are disconnected upstream. An order whose
 * numbers need regulatory paperwork is not submitted before every one is met (see passGate); it
 * sleeps until its compliance deadline unless number.compliance_updated wakes it.
 *
 * Each order is worked on inside a transaction that holds its row FOR UPDATE, picked with SKIP
 * LOCKED: replicas share the queue and never work on one order twice at once.
 */
@Injectable()
export class Provisioner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Provisioner');
  private readonly task: PeriodicTask<number>;

  constructor(
    private readonly em: EntityManager,
    private readonly carrier: CarrierClient,
    private readonly events: JetStreamEvents,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(INVENTORY_CONFIG) private readonly config: InventoryConfig,
  ) {
    this.task = new PeriodicTask(
      config.CARRIER_POLL_INTERVAL_MS,
      () => this.pass(),
      (err) => this.logger.error(err.stack ?? err.message),
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }

  /** One full pass over the orders due now (after any pass already running); returns how many it worked on. */
  runOnce(): Promise<number> {
    return this.task.runFresh();
  }

  private async pass(): Promise<number> {
    let handled = 0;
    const worker = async () => {
      while (handled < PASS_BUDGET && (await this.workOnNext())) handled++;
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    if (handled) this.events.publishSoon();
    return handled;
  }

  /** Takes the most overdue order nobody else holds and moves it one step; false when none is due. */
  private workOnNext(): Promise<boolean> {
    return this.em.fork().transactional(async (em) => {
      const now = this.clock.now();
      const order = await lockNextDue(em, now);
      if (!order) return false;
      // In the trace of the order's number_order.placed, so the numbers' events (and ordering's answer to them) continue it.
      await runHop('provision carrier order', 'internal', continueTrace(order.traceparent, order.requestId), () =>
        this.step(em, order, now),
      );
      order.updatedAt = now;
      await saveProgress(em, order);
      return true;
    });
  }

  private async step(em: EntityManager, order: ProvisioningOrder, now: Date): Promise<void> {
    let pending = await lockNumbers(em, `purchase_order_id = ? and state = 'pending_purchase'`, [order.orderId]);
    // Gated until the first submission: once tried, the carrier may hold the order, so it is never held back again.
    if (pending.length && order.complianceDeadlineAt && order.submitAttempts === 0) {
      const ready = await passGate(em, pending, order.complianceDeadlineAt, now);
      if (!ready) {
        order.nextAttemptAt = order.complianceDeadlineAt;
        return;
      }
      pending = ready;
      order.deadlineAt = new Date(now.getTime() + this.config.CARRIER_ORDER_DEADLINE_MS);
    }
    if (!pending.length) return this.finish(order, ProvisioningStatus.Completed, now);
    const answer = await this.askCarrier(order, pending);
    if (answer?.status === CarrierOrderStatus.Completed) {
      await this.apply(em, answer, pending, now);
      return this.finish(order, ProvisioningStatus.Completed, now);
    }
    if (order.deadlineAt && now.getTime() >= order.deadlineAt.getTime()) {
      const sentAt = order.complianceDeadlineAt
        ? order.deadlineAt.getTime() - this.config.CARRIER_ORDER_DEADLINE_MS
        : (order.placedAt ?? order.createdAt).getTime();
      const waited = Math.round((now.getTime() - sentAt) / 1000);
      const message = `The carrier did not complete the order within ${waited} s${order.lastError ? ` (last error: ${order.lastError})` : ''}.`;
      await fail(em, pending, () => ({ code: 'carrier_timeout', message }), now, { timedOut: true });
      this.logger.warn(
        `order ${order.orderId}: ${pending.length} number(s) timed out at the carrier; disconnects queued`,
      );
      return this.finish(order, ProvisioningStatus.TimedOut, now);
    }
    order.nextAttemptAt = new Date(
      now.getTime() +
        carrierRetryDelayMs(order.failures, this.config.CARRIER_POLL_INTERVAL_MS, this.config.CARRIER_RETRY_MAX_MS),
    );
  }

  /** Submits or polls; null when the carrier gave no usable answer (recorded on the order for the backoff). */
  private async askCarrier(order: ProvisioningOrder, pending: NumberRow[]): Promise<CarrierOrder | null> {
    try {
      let answer: CarrierOrder;
      if (order.carrierOrderId) {
        answer = await this.carrier.getOrder(order.carrierOrderId);
      } else {
        order.submitAttempts++;
        answer = await this.carrier.createOrder({ numbers: pending.map((r) => r.e164), reference: order.orderId });
        order.carrierOrderId = answer.id;
        order.status = ProvisioningStatus.Submitted;
      }
      order.failures = 0;
      order.lastError = null;
      return answer;
    } catch (err) {
      if (!(err instanceof CarrierCallError)) throw err;
      order.failures++;
      order.lastError = err.message.slice(0, 2000);
      // The carrier lost the order: submit again (the reference makes a duplicate impossible).
      if (err.code === CarrierErrorCode.OrderNotFound) {
        order.carrierOrderId = null;
        order.status = ProvisioningStatus.Queued;
      }
      return null;
    }
  }

  /** A completed carrier order: active numbers become their buyer's, failed ones go back to stock. One transaction (the caller's). */
  private async apply(em: EntityManager, answer: CarrierOrder, pending: NumberRow[], now: Date): Promise<void> {
    const outcome = new Map(answer.numbers.map((n) => [n.phone_number, n]));
    const isActive = (row: NumberRow) => outcome.get(row.e164)?.status === CarrierOrderNumberStatus.Active;
    await activate(em, pending.filter(isActive), now);
    await fail(
      em,
      pending.filter((row) => !isActive(row)),
      (row) => {
        const n = outcome.get(row.e164);
        return n
          ? {
              code: n.error_code ?? 'activation_rejected',
              message: n.error_message ?? 'The carrier could not activate this number.',
            }
          : { code: 'carrier_number_missing', message: 'The carrier completed the order without this number.' };
      },
      now,
      { timedOut: false },
    );
  }

  private finish(order: ProvisioningOrder, status: ProvisioningStatus, now: Date): void {
    order.status = status;
    order.completedAt = now;
    order.nextAttemptAt = null;
  }
}
