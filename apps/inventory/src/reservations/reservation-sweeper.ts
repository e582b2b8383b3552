import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Events, ReservationStatus } from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock, PeriodicTask } from '@did/service-kit';
import { INVENTORY_CONFIG, InventoryConfig } from '../config';
import { RESERVATIONS, sql } from '../db/sql';
import { NumberRegistry } from '../registry/registry.service';
import { Reservation } from './entities/reservation.entity';
import { freeNumbersOf } from './reservations.service';

const BATCH = 500;

/**
 * Records what time already decided: pending reservations past expires_at become `expired` (with a
 * reservation.expired event) and their numbers return to plain stock; aged numbers are restocked.
 * Availability never waits for this (searches and holds compare against the clock themselves).
 */
@Injectable()
export class ReservationSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReservationSweeper');
  private readonly task: PeriodicTask<number>;

  constructor(
    private readonly em: EntityManager,
    private readonly events: JetStreamEvents,
    private readonly registry: NumberRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(INVENTORY_CONFIG) private readonly config: InventoryConfig,
  ) {
    this.task = new PeriodicTask(
      config.RESERVATION_SWEEP_INTERVAL_MS,
      () => this.sweepAll(),
      (err) => this.logger.error(err.stack ?? err.message),
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }

  /** One pass; returns how many reservations it expired. Safe to run from several replicas (SKIP LOCKED). */
  sweep(): Promise<number> {
    return this.task.run();
  }

  private async sweepAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const expired = await this.sweepBatch();
      total += expired;
      if (expired < BATCH) break;
    }
    await this.registry.restockAged(this.em.fork());
    if (total) this.events.publishSoon();
    return total;
  }

  private async sweepBatch(): Promise<number> {
    const now = this.clock.now();
    return this.em.fork().transactional(async (em) => {
      const ids = await sql<{ id: string }>(
        em,
        `select id from ${RESERVATIONS} where status = 'pending' and expires_at <= ? order by expires_at limit ? for update skip locked`,
        [now, BATCH],
      );
      if (!ids.length) return 0;
      const reservations = await em.find(Reservation, { id: { $in: ids.map((r) => r.id) } });
      for (const r of reservations) {
        r.status = ReservationStatus.Expired;
        r.endedAt = r.expiresAt;
        r.updatedAt = now;
        await freeNumbersOf(em, r.id, now);
        await appendToOutbox(
          em,
          'inventory',
          Events.ReservationExpired,
          {
            reservation_id: r.id,
            account_id: r.accountId,
            phone_numbers: r.phoneNumbers,
            expired_at: r.expiresAt.toISOString(),
          },
          { accountId: r.accountId, partnerId: r.partnerId },
          now,
        );
      }
      return reservations.length;
    });
  }
}
