import { Logger } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Clock, PeriodicTask, sortableIdFloor } from '@did/service-kit';
import { EVENTS_STREAM_MAX_AGE_DAYS } from './events-stream';

const DAY_MS = 86_400_000;
/** Rows deleted per statement: short transactions, however far behind the purge is. */
const PURGE_BATCH = 5_000;

/**
 * Inbox rows are the consumers' memory of what they applied: one is needed as long as its event can
 * still be delivered, and a durable created or renamed later replays the whole stream. So they are
 * kept one day longer than the stream keeps events.
 */
export const INBOX_RETENTION_DAYS = EVENTS_STREAM_MAX_AGE_DAYS + 1;

export interface MessagingRetentionSettings {
  /** Published outbox rows are kept this long (they are in the stream anyway); unpublished ones always. */
  outboxRetentionDays: number;
  /** 0: no timer (tests call purgeOnce). */
  intervalMs: number;
  /** The durables of this service, whose inbox rows the purge walks (by their primary key). */
  consumers: () => string[];
}

/** What one purge deleted. */
export interface PurgeResult {
  outbox: number;
  inbox: number;
}

/**
 * Deletes what the messaging tables no longer need, so they stay the size of their retention instead
 * of growing with every event: published outbox rows after OUTBOX_RETENTION_DAYS, inbox rows after
 * INBOX_RETENTION_DAYS; dead letters never. Outbox and inbox rows are found by their time-ordered event ids
 * (a primary-key range), so a purge never reads the rows it keeps.
 */
export class MessagingRetention {
  private readonly logger = new Logger('MessagingRetention');
  private readonly task: PeriodicTask<PurgeResult>;
  private stopping = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly settings: MessagingRetentionSettings,
  ) {
    this.task = new PeriodicTask(
      settings.intervalMs,
      () => this.purgeOnce(),
      (err) => this.logger.warn(`purge failed: ${err.message}`),
    );
  }

  start(): void {
    this.task.start();
  }

  /** Stops the timer; a purge in progress ends after its current batch. */
  stop(): Promise<void> {
    this.stopping = true;
    return this.task.stop();
  }

  async purgeOnce(): Promise<PurgeResult> {
    const now = this.clock.now().getTime();
    const outboxBefore = sortableIdFloor('evt', new Date(now - this.settings.outboxRetentionDays * DAY_MS));
    const inboxBefore = new Date(now - INBOX_RETENTION_DAYS * DAY_MS);
    const schema = this.orm.config.get('schema');
    const outbox = await this.untilDone(
      `delete from "${schema}"."outbox_events" where id in (
         select id from "${schema}"."outbox_events" where id < ? and published_at is not null order by id limit ${PURGE_BATCH})`,
      [outboxBefore],
    );
    let inbox = 0;
    for (const consumer of this.settings.consumers()) {
      // Minted and processed that long ago: an event published late (after an outage) stays in the stream
      // for 30 days from its publication, so its processing time counts too.
      inbox += await this.untilDone(
        `delete from "${schema}"."inbox_records" where consumer = ? and event_id in (
           select event_id from "${schema}"."inbox_records" where consumer = ? and event_id < ? and processed_at < ? order by event_id limit ${PURGE_BATCH})`,
        [consumer, consumer, sortableIdFloor('evt', inboxBefore), inboxBefore],
      );
    }
    // Dead letters are never purged: each is an event nobody applied (a refund, a charge), kept until an operator deals with it.
    return { outbox, inbox };
  }

  /** Runs a batch delete until it deletes less than a batch; returns the rows deleted. */
  private async untilDone(sql: string, params: unknown[]): Promise<number> {
    const connection = this.orm.em.getConnection();
    let total = 0;
    for (;;) {
      const result = await connection.execute<{ affectedRows: number }>(sql, params as never[], 'run');
      total += result.affectedRows;
      // The rest waits for the next pass rather than holding up a shutdown.
      if (result.affectedRows < PURGE_BATCH || this.stopping) return total;
    }
  }
}
