import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';
import { WebhookEvent } from './webhook-body';

/** A delivery this worker now owns until its lease runs out, with what it takes to send it. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  url: string;
  /** Sealed signing secrets: the current one, and the previous one while its overlap lasts. */
  secrets: string[];
  event: WebhookEvent;
}

interface ClaimRow {
  id: string;
  endpoint_id: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  event_id: string;
  event_type: string;
  occurred_at: Date;
  account_id: string;
  connection_id: string | null;
  data: Record<string, unknown>;
}

/**
 * Claims due deliveries from PostgreSQL in one statement. FOR UPDATE SKIP LOCKED plus a lease:
 * replicas never take the same row, and a worker that dies mid-request loses nothing (the lease runs
 * out and another worker retries). Each endpoint gets at most `WEBHOOK_ENDPOINT_CONCURRENCY` leased
 * rows at a time, so a slow endpoint can never take the pool from the others.
 *
 * Every endpoint with pending rows is visited (a loose index scan), and at most the cap of due rows
 * is read from each, so one endpoint's backlog, however long, can neither slow the claim down nor
 * hide other endpoints' due rows behind it.
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
    const ev = `"${schema}"."events"`;
    const cap = this.config.WEBHOOK_ENDPOINT_CONCURRENCY;
    const leasedUntil = new Date(now.getTime() + this.leaseMs);
    const rows: ClaimRow[] = await this.orm.em.getConnection().execute(
      `with recursive pending_endpoints as (
         (select endpoint_id from ${d} where status = 'pending' order by endpoint_id limit 1)
         union all
         select (select x.endpoint_id from ${d} x where x.status = 'pending' and x.endpoint_id > p.endpoint_id order by x.endpoint_id limit 1)
         from pending_endpoints p where p.endpoint_id is not null
       ), candidates as (
         select c.id, row_number() over (partition by c.endpoint_id order by c.next_attempt_at, c.id) + busy.n as slot
         from pending_endpoints p
         join ${e} e on e.id = p.endpoint_id and e.enabled
         cross join lateral (
           select count(*)::int as n from ${d} b where b.endpoint_id = e.id and b.status = 'pending' and b.leased_until > ?
         ) busy
         cross join lateral (
           select x.id, x.endpoint_id, x.next_attempt_at from ${d} x
           where x.endpoint_id = e.id and x.status = 'pending' and x.next_attempt_at <= ? and (x.leased_until is null or x.leased_until <= ?)
           order by x.next_attempt_at limit ${cap}
         ) c
         where busy.n < ${cap}
       ), picked as (
         select x.id from ${d} x where x.id in (select id from candidates where slot <= ${cap})
           and x.status = 'pending' and x.next_attempt_at <= ? and (x.leased_until is null or x.leased_until <= ?)
         order by x.next_attempt_at limit ? for update of x skip locked
       ), claimed as (
         update ${d} t set leased_until = ? from picked where t.id = picked.id
         returning t.id, t.endpoint_id, t.event_id
       )
       select claimed.id, claimed.endpoint_id, e.url, e.secret,
         case when e.previous_secret_expires_at > ? then e.previous_secret end as previous_secret,
         claimed.event_id, ev.type as event_type, ev.occurred_at, ev.account_id, ev.connection_id, ev.data
       from claimed join ${e} e on e.id = claimed.endpoint_id join ${ev} ev on ev.id = claimed.event_id`,
      [now, now, now, now, now, limit, leasedUntil, now],
    );
    // A row whose event or endpoint vanished meanwhile is not returned: its lease simply runs out.
    return rows.map((r) => ({
      id: r.id,
      endpointId: r.endpoint_id,
      url: r.url,
      secrets: r.previous_secret ? [r.secret, r.previous_secret] : [r.secret],
      event: { id: r.event_id, type: r.event_type, createdAt: new Date(r.occurred_at), accountId: r.account_id, connectionId: r.connection_id, data: r.data },
    }));
  }
}
