import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { CarrierOrderStatus } from '@did/contracts';
import { CLOCK, type Clock } from '@did/service-kit';
import { CallbackSender } from './callback.sender';
import { CarrierOrder } from './entities/carrier-order.entity';

/** How long a completion that failed (the database unreachable, restarting) waits before it is tried again. */
const RETRY_MS = 1_000;

/**
 * Completes orders when their activation time comes: one timer per pending order, and on boot a
 * timer for every order a previous run left pending (overdue ones complete at once). A completion
 * that fails is tried again until it succeeds: a carrier does not drop an order because its own
 * database blinked, and the platform would poll it as pending until its deadline.
 */
@Injectable()
export class ActivationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ActivationScheduler.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly callbacks: CallbackSender,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const pending = await this.orm.em
      .fork()
      .find(CarrierOrder, { status: CarrierOrderStatus.Pending }, { fields: ['id', 'activatesAt'] });
    for (const order of pending) this.schedule(order.id, order.activatesAt);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  schedule(orderId: string, at: Date): void {
    if (this.stopped) return;
    const delay = Math.max(0, at.getTime() - this.clock.now().getTime());
    const timer = setTimeout(() => {
      this.timers.delete(orderId);
      this.complete(orderId).catch((err) => {
        this.logger.warn(
          `order ${orderId} did not complete, trying again in ${RETRY_MS} ms: ${(err as Error).message}`,
        );
        this.schedule(orderId, new Date(this.clock.now().getTime() + RETRY_MS));
      });
    }, delay);
    this.timers.set(orderId, timer);
  }

  /** Applies the planned outcome of every number; a row lock makes a second completion a no-op. */
  async complete(orderId: string): Promise<void> {
    const completed = await this.orm.em.fork().transactional(async (em) => {
      const order = await em.findOne(CarrierOrder, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!order || order.status !== CarrierOrderStatus.Pending) return null;
      order.numbers = order.numbers.map((n) => ({ ...n, status: n.outcome }));
      order.status = CarrierOrderStatus.Completed;
      order.completedAt = this.clock.now();
      return order;
    });
    if (completed?.callbackUrl) this.callbacks.deliver(completed);
  }
}
