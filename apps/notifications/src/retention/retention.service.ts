import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { CLOCK, Clock, PeriodicTask, sortableIdFloor } from '@did/service-kit';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';
import { EVENTS, sql, WEBHOOK_ATTEMPTS, WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS } from '../db/sql';

/** Rows deleted per statement, so a purge never holds many locks or a long transaction. */
const CHUNK = 1000;

export interface PurgeResult {
  deliveries: number;
  attempts: number;
  events: number;
}

/**
 * Deletes what WEBHOOK_RETENTION_DAYS no longer keeps: deliveries finished (succeeded or failed)
 * before the cutoff with their attempts, then events that occurred and were received before it and
 * that no remaining delivery needs. A pending delivery (retrying, or paused on a disabled endpoint)
 * is never purged, nor the event it will send. Runs every WEBHOOK_PURGE_INTERVAL_MS; replicas may
 * purge at the same time (rows are taken with SKIP LOCKED).
 *
 * Both tables are walked by primary key below an id made from the cutoff: ids are time-ordered
 * (sortableId), so the walk reads only old rows without an index per purge condition (which every
 * delivery's writes would pay for). The conditions themselves are checked on every row, so an id out
 * of time order is at worst kept, never purged early.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private readonly task: PeriodicTask<PurgeResult>;

  constructor(
    private readonly orm: MikroORM,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.task = new PeriodicTask(
      config.WEBHOOK_PURGE_INTERVAL_MS,
      () => this.scheduled(),
      (err) => this.logger.error(`purge failed: ${err.message}`),
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }

  /** Purges everything older than the retention as of `now` (the service clock by default). */
  async purge(now: Date = this.clock.now()): Promise<PurgeResult> {
    const cutoff = new Date(now.getTime() - this.config.WEBHOOK_RETENTION_DAYS * 86_400_000);
    const result: PurgeResult = { deliveries: 0, attempts: 0, events: 0 };
    for (;;) {
      const [chunk] = await this.sql<{ deliveries: number; attempts: number }>(this.deliveriesSql(), [
        sortableIdFloor('whd', cutoff),
        cutoff,
        CHUNK,
      ]);
      result.deliveries += chunk.deliveries;
      result.attempts += chunk.attempts;
      if (chunk.deliveries < CHUNK) break;
    }
    for (;;) {
      const [chunk] = await this.sql<{ events: number }>(this.eventsSql(), [
        sortableIdFloor('evt', cutoff),
        cutoff,
        cutoff,
        CHUNK,
      ]);
      result.events += chunk.events;
      if (chunk.events < CHUNK) break;
    }
    return result;
  }

  private async scheduled(): Promise<PurgeResult> {
    const r = await this.purge();
    if (r.deliveries + r.events > 0)
      this.logger.log(`purged ${r.deliveries} deliveries, ${r.attempts} attempts, ${r.events} events`);
    return r;
  }

  /** ? id bound, ? cutoff, ? chunk size. */
  private deliveriesSql(): string {
    const d = WEBHOOK_DELIVERIES;
    return `with doomed as (
        select id from ${d} where id < ? and status <> 'pending' and updated_at < ? order by id limit ? for update skip locked
      ), attempts as (
        delete from ${WEBHOOK_ATTEMPTS} a where a.delivery_id in (select id from doomed) returning 1
      ), deliveries as (
        delete from ${d} x where x.id in (select id from doomed) returning 1
      )
      select (select count(*) from deliveries)::int as deliveries, (select count(*) from attempts)::int as attempts`;
  }

  /**
   * ? id bound, ? cutoff (twice), ? chunk size. A delivery of an event belongs to an endpoint of the event's
   * account or, for a partner's endpoint with include_tenants, of its partner: the check probes only
   * those endpoints, through the (endpoint, event) unique index.
   */
  private eventsSql(): string {
    const ev = EVENTS;
    return `with doomed as (
        select e.id from ${ev} e
        where e.id < ? and e.occurred_at < ? and e.received_at < ?
          and not exists (
            select 1 from ${WEBHOOK_ENDPOINTS} w join ${WEBHOOK_DELIVERIES} d on d.endpoint_id = w.id and d.event_id = e.id
            where w.account_id in (e.account_id, e.partner_id)
          )
        order by e.id limit ? for update of e skip locked
      ), deleted as (
        delete from ${ev} x where x.id in (select id from doomed) returning 1
      )
      select count(*)::int as events from deleted`;
  }

  private sql<T>(query: string, params: unknown[]): Promise<T[]> {
    return sql<T>(this.orm.em, query, params);
  }
}
