import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { CLOCK, Clock, PeriodicTask } from '@did/service-kit';
import { CarrierCallError, CarrierClient } from '../carrier/carrier.client';
import { carrierRetryDelayMs } from '../carrier/retry-delay';
import { INVENTORY_CONFIG, InventoryConfig } from '../config';
import { releaseQuarantine } from '../registry/number-moves';
import { NumberRegistry } from '../registry/registry.service';
import { DisconnectReason, PendingDisconnect } from './entities/pending-disconnect.entity';

/** Numbers per carrier call (the carrier takes at most 100). */
const BATCH = 100;

/**
 * Disconnects queued numbers upstream until the carrier confirms, with backoff while it fails. On
 * confirmation a released number starts aging (NumberRegistry.beginAging) and a number of a timed-out
 * order leaves quarantine for stock. Batches are picked with SKIP LOCKED, so replicas never send one twice at once.
 */
@Injectable()
export class Disconnector implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Disconnector');
  private readonly task: PeriodicTask<number>;

  constructor(
    private readonly em: EntityManager,
    private readonly carrier: CarrierClient,
    private readonly registry: NumberRegistry,
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

  /** Starts a pass in the background (after a release commits: "disconnected at once" without making the caller wait for the carrier). */
  kick(): void {
    this.task.kick();
  }

  /** One full pass over the disconnects due now (after any pass already running); returns how many the carrier confirmed. */
  runOnce(): Promise<number> {
    return this.task.runFresh();
  }

  private async pass(): Promise<number> {
    let confirmed = 0;
    for (;;) {
      const { picked, done } = await this.batch();
      confirmed += done;
      // A failed batch ends the pass: the carrier is struggling, and the rows wait for their backoff.
      if (picked < BATCH || done < picked) return confirmed;
    }
  }

  private batch(): Promise<{ picked: number; done: number }> {
    return this.em.fork().transactional(async (em) => {
      const now = this.clock.now();
      const due = await em.find(
        PendingDisconnect,
        { confirmedAt: null, nextAttemptAt: { $lte: now } },
        { orderBy: { nextAttemptAt: 'asc', id: 'asc' }, limit: BATCH, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      if (!due.length) return { picked: 0, done: 0 };
      const numbers = [...new Set(due.map((d) => d.e164))];
      try {
        await this.carrier.disconnect({ numbers });
      } catch (err) {
        if (!(err instanceof CarrierCallError)) throw err;
        for (const d of due) {
          d.attempts++;
          d.lastError = err.message.slice(0, 2000);
          d.nextAttemptAt = new Date(
            now.getTime() +
              carrierRetryDelayMs(d.attempts, this.config.CARRIER_POLL_INTERVAL_MS, this.config.CARRIER_RETRY_MAX_MS),
          );
        }
        this.logger.warn(`${numbers.length} disconnect(s) failed, retried later: ${err.message}`);
        return { picked: due.length, done: 0 };
      }
      for (const d of due) {
        d.attempts++;
        d.lastError = null;
        d.confirmedAt = now;
      }
      const of = (reason: DisconnectReason) => [...new Set(due.filter((d) => d.reason === reason).map((d) => d.e164))];
      const released = of(DisconnectReason.Released);
      if (released.length) await this.registry.beginAging(released, em);
      await releaseQuarantine(em, of(DisconnectReason.PurchaseTimeout), now);
      return { picked: due.length, done: due.length };
    });
  }
}
