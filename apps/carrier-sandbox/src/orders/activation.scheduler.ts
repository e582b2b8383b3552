import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { CarrierOrderStatus } from '@did/contracts';
import { CLOCK, type Clock } from '@did/service-kit';
import { CallbackSender } from './callback.sender';
import { CarrierOrder } from './entities/carrier-order.entity';

/**
 * Completes orders when their activation time comes: one timer per pending order, and on boot a
 * timer for every order a previous run left pending (overdue ones complete at once).
 */
@Injectable()
export class ActivationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ActivationScheduler.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly orm: MikroORM,
    private readonly callbacks: CallbackSender,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const pending = await this.orm.em.fork().find(CarrierOrder, { status: CarrierOrderStatus.Pending }, { fields: ['id', 'activatesAt'] });
    for (const order of pending) this.schedule(order.id, order.activatesAt);
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  schedule(orderId: string, at: Date): void {
    const delay = Math.max(0, at.getTime() - this.clock.now().getTime());
    const timer = setTimeout(() => {
      this.timers.delete(orderId);
      this.complete(orderId).catch((err) => this.logger.error(`order ${orderId} did not complete: ${(err as Error).stack ?? String(err)}`));
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
