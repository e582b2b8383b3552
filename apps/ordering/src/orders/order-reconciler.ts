import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, ErrorType } from '@did/contracts';
import { CLOCK, Clock, PeriodicTask } from '@did/service-kit';
import { ORDERING_CONFIG, OrderingConfig } from '../config';
import { NUMBER_ORDERS, sql } from '../db/sql';
import { OrderRowStatus, StoredRejection } from './entities/number-order.entity';
import { OrderClaimsRelease } from './order-claims-release';
import { lockOrder } from './order-rows';

/** What a retry of an abandoned order hears: nothing was charged, and the same key places it again. */
const ABANDONED: StoredRejection = {
  type: ErrorType.Unavailable,
  code: ErrorCode.ServiceUnavailable,
  message: 'The order was interrupted before anything was charged; retry with the same Idempotency-Key to place it.',
};

/**
 * Settles orders a crash or a lost reply left between steps: an order still `placing` past
 * ORDER_PLACING_TIMEOUT_MS never reached its charge, so it is rejected (retryable) and its numbers
 * given back; a rejected order whose numbers inventory has not confirmed back is retried. Paid
 * orders need nothing here: their provisioning rides on the durable number_order.placed event.
 */
@Injectable()
export class OrderReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OrderReconciler');
  private readonly task: PeriodicTask<number>;

  constructor(
    private readonly em: EntityManager,
    private readonly claimsRelease: OrderClaimsRelease,
    @Inject(ORDERING_CONFIG) private readonly config: OrderingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.task = new PeriodicTask(
      config.ORDER_RECONCILE_INTERVAL_MS,
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

  /** One pass; returns how many orders it settled. */
  run(): Promise<number> {
    return this.task.run();
  }

  private async pass(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.config.ORDER_PLACING_TIMEOUT_MS);
    const stuck = await sql<{ id: string; status: string }>(
      this.em.fork(),
      `select id, status from ${NUMBER_ORDERS} where status in ('placing', 'rejected') and claims_released_at is null and (status = 'rejected' or updated_at <= ?) order by created_at limit 500`,
      [cutoff],
    );
    let settled = 0;
    for (const order of stuck) {
      try {
        if (order.status === OrderRowStatus.Placing) await this.abandon(order.id, cutoff);
        if (await this.claimsRelease.release(order.id)) settled++;
      } catch (err) {
        this.logger.warn(`order ${order.id} not settled yet: ${(err as Error).message}`);
      }
    }
    return settled;
  }

  private async abandon(orderId: string, cutoff: Date): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const row = await lockOrder(em, orderId);
      if (row?.status !== OrderRowStatus.Placing) return;
      // updated_at moves when a retry re-places the order: only an order idle since the cutoff is abandoned.
      const [idle] = await sql<{ idle: boolean }>(
        em,
        `select updated_at <= ? as idle from ${NUMBER_ORDERS} where id = ?`,
        [cutoff, orderId],
      );
      if (!idle?.idle) return;
      await sql(em, `update ${NUMBER_ORDERS} set status = 'rejected', rejection = ?, updated_at = ? where id = ?`, [
        JSON.stringify(ABANDONED),
        this.clock.now(),
        orderId,
      ]);
      this.logger.warn(`order ${orderId} abandoned while placing; its numbers are given back`);
    });
  }
}
