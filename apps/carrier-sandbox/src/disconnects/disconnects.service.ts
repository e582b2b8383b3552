import { Inject, Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { CreateCarrierDisconnectBody } from '@did/contracts';
import { CLOCK, type Clock, randomId } from '@did/service-kit';
import { CarrierDisconnect } from './entities/carrier-disconnect.entity';

/**
 * Takes numbers out of service upstream. Disconnecting is idempotent by nature (a number already
 * out of service stays out of service), and a repeated `reference` returns the first answer, so a
 * platform retrying after a lost answer sees the same disconnect.
 */
@Injectable()
export class DisconnectsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(body: CreateCarrierDisconnectBody): Promise<CarrierDisconnect> {
    if (body.reference) {
      const existing = await this.byReference(body.reference);
      if (existing) return existing;
    }
    const disconnect = this.em.create(CarrierDisconnect, {
      id: randomId('dc'),
      reference: body.reference ?? null,
      numbers: body.numbers,
      disconnectedAt: this.clock.now(),
    });
    try {
      await this.em.flush();
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException) || !body.reference) throw err;
      this.em.clear();
      const winner = await this.byReference(body.reference);
      if (!winner) throw err;
      return winner;
    }
    return disconnect;
  }

  private byReference(reference: string): Promise<CarrierDisconnect | null> {
    return this.em.fork().findOne(CarrierDisconnect, { reference });
  }
}
