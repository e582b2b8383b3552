import { Inject, Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CarrierErrorCode,
  CarrierOrderNumberStatus,
  CarrierOrderStatus,
  type CreateCarrierOrderBody,
  DomainError,
  ErrorType,
} from '@did/contracts';
import { CLOCK, type Clock, randomId } from '@did/service-kit';
import { type CarrierSandboxConfig, SANDBOX_CONFIG } from '../config';
import { asDate, ORDERS, sql } from '../db/sql';
import { FaultsService } from '../faults/faults.service';
import { ActivationScheduler } from './activation.scheduler';
import { activationOutcome } from './activation-outcome';
import { CarrierOrder, OrderedNumber } from './entities/carrier-order.entity';

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
    return this.read('reference = ?', reference);
  }

  async get(id: string): Promise<CarrierOrder> {
    const order = await this.read('id = ?', id);
    if (!order) throw new DomainError(ErrorType.NotFound, CarrierErrorCode.OrderNotFound, `No carrier order ${id}.`);
    return order;
  }

  /**
   * One order as stored now, a plain read: the platform polls every order it placed until it completes,
   * and the ORM's findOne costs several times the statement in CPU (`npm run bench:orm`).
   */
  private async read(where: string, value: string): Promise<CarrierOrder | null> {
    const [row] = await sql<OrderRow>(this.em, `select * from ${ORDERS} where ${where}`, [value]);
    if (!row) return null;
    return {
      id: row.id,
      reference: row.reference,
      callbackUrl: row.callback_url,
      status: row.status,
      numbers: row.numbers,
      createdAt: new Date(row.created_at),
      activatesAt: new Date(row.activates_at),
      completedAt: asDate(row.completed_at),
      callbackAttempts: row.callback_attempts,
      callbackDeliveredAt: asDate(row.callback_delivered_at),
      callbackLastError: row.callback_last_error,
    };
  }
}

interface OrderRow {
  id: string;
  reference: string | null;
  callback_url: string | null;
  status: CarrierOrderStatus;
  numbers: OrderedNumber[];
  created_at: string;
  activates_at: string;
  completed_at: string | null;
  callback_attempts: number;
  callback_delivered_at: string | null;
  callback_last_error: string | null;
}
