import { Logger } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/postgresql';
import { headers, JetStreamClient } from 'nats';
import { eventSubject } from '@did/contracts';
import { REQUEST_ID_HEADER, TRACEPARENT_HEADER } from '@did/service-kit';
import { retryDelayMs } from './transient-errors';

/** Test seams: let a test make the relay "crash" at the worst moment. */
export interface OutboxRelayHooks {
  /** Called after an event is published and before it is marked sent. Throwing aborts the batch like a crash would. */
  afterPublish?(eventId: string): void | Promise<void>;
}

export interface OutboxRelaySettings {
  prefix: string;
  pollMs: number;
  batchSize?: number;
  hooks?: OutboxRelayHooks;
}

/**
 * Publishes outbox rows to JetStream in commit order. Rows are claimed with FOR UPDATE SKIP LOCKED,
 * so several replicas never publish the same row at once. Publish then mark-sent is at-least-once:
 * a crash in between re-publishes the event, which JetStream drops as a duplicate (same
 * Nats-Msg-Id inside the duplicate window) and consumers' inboxes ignore in any case.
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private readonly batchSize: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly js: JetStreamClient,
    private readonly settings: OutboxRelaySettings,
  ) {
    this.batchSize = settings.batchSize ?? 100;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Asks the relay to look now rather than at the next poll (call after committing an event). */
  kick(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.kick();
    await this.loop;
    this.loop = null;
  }

  /** Publishes one batch of pending events; returns how many were published. */
  async publishPending(): Promise<number> {
    const knex = this.orm.em.getConnection().getKnex();
    const table = `${this.orm.config.get('schema')}.outbox_events`;
    return knex.transaction(async (trx) => {
      const rows: { id: string; type: string; envelope: unknown }[] = await trx(table)
        .select('id', 'type', 'envelope')
        .whereNull('published_at')
        .orderBy([{ column: 'occurred_at' }, { column: 'id' }])
        .limit(this.batchSize)
        .forUpdate()
        .skipLocked();
      const published: string[] = [];
      try {
        for (const row of rows) {
          const h = headers();
          h.set('Event-Type', row.type);
          // The cause's trace, in the headers too: a subscriber can follow it without parsing the body.
          const trace = (row.envelope as { trace?: { traceparent?: string; request_id?: string } }).trace;
          if (trace?.traceparent) h.set(TRACEPARENT_HEADER, trace.traceparent);
          if (trace?.request_id) h.set(REQUEST_ID_HEADER, trace.request_id);
          await this.js.publish(eventSubject(this.settings.prefix, row.type), JSON.stringify(row.envelope), {
            msgID: row.id,
            headers: h,
          });
          await this.settings.hooks?.afterPublish?.(row.id);
          published.push(row.id);
        }
      } catch (err) {
        // Nothing published: roll back (the rows stay pending). Some published: keep those, retry the rest.
        if (published.length === 0) throw err;
        this.logger.warn(`published ${published.length} of ${rows.length} events before: ${(err as Error).message}`);
      }
      if (published.length > 0) {
        await trx(table)
          .whereIn('id', published)
          .update({ published_at: trx.fn.now(), publish_attempts: trx.raw('publish_attempts + 1'), last_error: null });
      }
      return published.length;
    });
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let published = 0;
      try {
        published = await this.publishPending();
        failures = 0;
      } catch (err) {
        failures++;
        if (failures === 1 || failures % 20 === 0)
          this.logger.warn(`outbox publish failed (${failures}x): ${(err as Error).message}`);
      }
      if (published < this.batchSize)
        await this.sleep(
          failures > 0 ? retryDelayMs(failures + 1, 10_000, this.settings.pollMs) : this.settings.pollMs,
        );
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }
}
