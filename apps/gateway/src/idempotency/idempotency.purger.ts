import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicTask } from '@did/service-kit';
import { IdempotencyService } from './idempotency.service';

const PURGE_EVERY_MS = 15 * 60_000;

/** Deletes expired idempotency records in the background so the table holds about one day of keys. */
@Injectable()
export class IdempotencyPurger implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdempotencyPurger.name);
  private readonly task: PeriodicTask<number>;

  constructor(idempotency: IdempotencyService) {
    this.task = new PeriodicTask(
      PURGE_EVERY_MS,
      () => idempotency.purgeExpired(),
      (err) => this.logger.warn(`purge failed: ${err.message}`),
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }
}
