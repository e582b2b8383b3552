import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';

/** A delivery this worker now owns until `leasedUntil`. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  eventId: string;
}

/** Candidates looked at per claim: bounds the work of one claim however large the backlog is. */
const SCAN_LIMIT = 1000;

/**
 * Claims due deliveries from PostgreSQL. FOR UPDATE SKIP LOCKED plus a lease: replicas never take
 * the same row, and a worker that dies mid-request loses nothing (the lease runs out and another
 * worker retries). Each endpoint gets at most `WEBHOOK_ENDPOINT_CONCURRENCY` leased rows at a time,
 * so a slow endpoint can never take the pool from the others.
 */
@Injectable()
export class DeliveryClaims {
  private readonly leaseMs: number;

  constructor(
    private readonly orm: MikroORM,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {
    // Long enough for the request and its timeout, with room to record the outcome.
    this.leaseMs = config.WEBHOOK_TIMEOUT_MS + 30_000;
  }

  async claim(limit: number, now: Date): Promise<ClaimedDelivery[]> {
    const schema = this.orm.config.get('schema');
    const d = `"${schema}"."webhook_deliveries"`;
    const e = `"${schema}"."webhook_endpoints"`;
    const leasedUntil = new Date(now.getTime() + this.leaseMs);
    const rows: { id: string; endpoint_id: string; event_id: string }[] = await this.orm.em.getConnection().execute(
      `with due as (
         select d.id, d.endpoint_id, d.next_attempt_at from ${d} d join ${e} e on e.id = d.endpoint_id and e.enabled
         where d.status = 'pending' and d.next_attempt_at <= ? and (d.leased_until is null or d.leased_until <= ?)
         order by d.next_attempt_at limit ${SCAN_LIMIT}
       ), busy as (
         select endpoint_id, count(*)::int as n from ${d} where status = 'pending' and leased_until > ? and endpoint_id in (select endpoint_id from due) group by endpoint_id
       ), ranked as materialized (
         select due.id, due.next_attempt_at, row_number() over (partition by due.endpoint_id order by due.next_attempt_at, due.id) + coalesce(busy.n, 0) as slot
         from due left join busy on busy.endpoint_id = due.endpoint_id
       ), picked as (
         select x.id from ${d} x where x.id in (select id from ranked where slot <= ?)
           and x.status = 'pending' and (x.leased_until is null or x.leased_until <= ?)
         order by x.next_attempt_at limit ? for update of x skip locked
       )
       update ${d} t set leased_until = ? from picked where t.id = picked.id
       returning t.id, t.endpoint_id, t.event_id`,
      [now, now, now, this.config.WEBHOOK_ENDPOINT_CONCURRENCY, now, limit, leasedUntil],
    );
    return rows.map((r) => ({ id: r.id, endpointId: r.endpoint_id, eventId: r.event_id }));
  }
}
