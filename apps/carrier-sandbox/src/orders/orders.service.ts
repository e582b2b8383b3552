import { Inject, Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { CarrierErrorCode, CarrierOrderNumberStatus, CarrierOrderStatus, type CreateCarrierOrderBody, DomainError, ErrorType } from '@did/contracts';
import { CLOCK, type Clock, randomId } from '@did/service-kit';
import { type CarrierSandboxConfig, SANDBOX_CONFIG } from '../config';
import { FaultsService } from '../faults/faults.service';
import { ActivationScheduler } from './activation.scheduler';
import { activationOutcome } from './activation-outcome';
import { CarrierOrder } from './entities/carrier-order.entity';

/**
 * Orders to activate numbers: accepted at once, completed asynchronously after the activation delay.
 * Idempotent on `reference`: the platform sends its own order id, so a retry after a lost answer
 * finds the order it already placed instead of ordering the numbers twice.
 */
@Injectable()
export class OrdersService {
  constructor(
    private readonly em: EntityManager,
    private readonly faults: FaultsService,
    private readonly scheduler: ActivationScheduler,
    @Inject(SANDBOX_CONFIG) private readonly config: CarrierSandboxConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(body: CreateCarrierOrderBody): Promise<CarrierOrder> {
    if (body.reference) {
      const existing = await this.byReference(body.reference);
      if (existing) return existing;
    }
    // Delay and failure rate are read now: changing the faults later does not rewrite placed orders.
    const { activation_delay_ms, failure_rate } = this.faults.current();
    const now = this.clock.now();
    const order = this.em.create(CarrierOrder, {
      id: randomId('co'),
      reference: body.reference ?? null,
      callbackUrl: body.callback_url ?? null,
      status: CarrierOrderStatus.Pending,
      numbers: body.numbers.map((e164) => ({
        phone_number: e164,
        status: CarrierOrderNumberStatus.Pending,
        outcome: activationOutcome(e164, this.config.FEED_SEED, failure_rate),
      })),
      createdAt: now,
      activatesAt: new Date(now.getTime() + activation_delay_ms),
      callbackAttempts: 0,
    });
    try {
      await this.em.flush();
    } catch (err) {
      // A concurrent POST with the same reference won the insert: answer with its order.
      if (!(err instanceof UniqueConstraintViolationException) || !body.reference) throw err;
      this.em.clear();
      const winner = await this.byReference(body.reference);
      if (!winner) throw err;
      return winner;
    }
    this.scheduler.schedule(order.id, order.activatesAt);
    return order;
  }

  private byReference(reference: string): Promise<CarrierOrder | null> {
    return this.em.fork().findOne(CarrierOrder, { reference });
  }

  async get(id: string): Promise<CarrierOrder> {
    const order = await this.em.findOne(CarrierOrder, { id });
    if (!order) throw new DomainError(ErrorType.NotFound, CarrierErrorCode.OrderNotFound, `No carrier order ${id}.`);
    return order;
  }
}
