import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CarrierErrorCode, CarrierOrderNumberStatus, CarrierOrderStatus, type CreateCarrierOrderBody, DomainError, ErrorType } from '@did/contracts';
import { CLOCK, type Clock, randomId } from '@did/service-kit';
import { type CarrierSandboxConfig, SANDBOX_CONFIG } from '../config';
import { FaultsService } from '../faults/faults.service';
import { ActivationScheduler } from './activation.scheduler';
import { activationOutcome } from './activation-outcome';
import { CarrierOrder } from './entities/carrier-order.entity';

/** Orders to activate numbers: accepted at once, completed asynchronously after the activation delay. */
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
    await this.em.flush();
    this.scheduler.schedule(order.id, order.activatesAt);
    return order;
  }

  async get(id: string): Promise<CarrierOrder> {
    const order = await this.em.findOne(CarrierOrder, { id });
    if (!order) throw new DomainError(ErrorType.NotFound, CarrierErrorCode.OrderNotFound, `No carrier order ${id}.`);
    return order;
  }
}
