import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';
import { WebhookEvent } from './webhook-body';

/** A delivery this worker now owns until its lease runs out, with what it takes to send it. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  leasedUntil: Date;
  url: string;
  /** Signing secrets, sealed as claimed (the worker opens them): the current one, and the previous one while its overlap lasts. */
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
 * A worker alone on an endpoint may lease this many times its cap: the cap in flight, the rest queued
 * behind. The queue must outlast a claim round trip (10-30 ms under load) at the endpoint's full rate,
 * or requests wait for the claim; the price is a longer lease (see leaseMs) on rows a crashed worker held.
 */
const DEPTH = 8;

/**
 * Claims due deliveries from PostgreSQL in one statement. FOR UPDATE SKIP LOCKED plus a lease:
 * replicas never take the same row, and a worker that dies mid-request loses nothing (the lease runs
 * out and another worker retries).
 *
 * Per endpoint, requests in flight never exceed `WEBHOOK_ENDPOINT_CONCURRENCY` (cap), across
 * replicas: a worker alone on an endpoint may lease up to DEPTH times the cap (it sends at most the cap at
 * once and queues the rest, so the next requests need no claim round trip); while another worker
 * holds leases on it, every worker keeps to the cap counting all leases. So a slow endpoint can
 * never take the pool from the others.
 *
 * Every endpoint with pending rows is visited (a loose index scan), and at most DEPTH times the cap of due
 * rows is read from each, so one endpoint's backlog, however long, can neither slow the claim down
 * nor hide other endpoints' due rows behind it.
 */
@Injectable()
export class DeliveryClaims {
  /** Queued rows wait at most DEPTH - 1 timeouts behind the cap in flight, then take at most one more. */
  readonly leaseMs: number;

  constructor(
    private readonly orm: MikroORM,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.leaseMs = DEPTH * config.WEBHOOK_TIMEOUT_MS + 30_000;
  }

  /**
   * `finished`: rows this worker has leased and attempted but not yet recorded. They hold a lease but
   * no request, so they do not count against this worker's share of the cap (other workers still
   * count them until they are recorded).
   */
  async claim(worker: string, limit: number, now: Date, finished: string[] = []): Promise<ClaimedDelivery[]> {
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
       ), finished as (
         select jsonb_array_elements_text(?::jsonb) as id
       ), allowed as (
         select e.id as endpoint_id, case when busy.others = 0 then ${DEPTH * cap} - busy.mine else ${cap} - busy.others - busy.mine end as n
         from pending_endpoints p
         join ${e} e on e.id = p.endpoint_id and e.enabled
         cross join lateral (
           select count(*) filter (where b.leased_by = ? and b.id not in (select id from finished))::int as mine, count(*) filter (where b.leased_by is distinct from ?)::int as others
           from ${d} b where b.endpoint_id = e.id and b.status = 'pending' and b.leased_until > ?
         ) busy
       ), candidates as (
         select c.id, row_number() over (partition by c.endpoint_id order by c.next_attempt_at, c.id) as slot, a.n
         from allowed a
         cross join lateral (
           select x.id, x.endpoint_id, x.next_attempt_at from ${d} x
           where x.endpoint_id = a.endpoint_id and x.status = 'pending' and x.next_attempt_at <= ? and (x.leased_until is null or x.leased_until <= ?)
           order by x.next_attempt_at limit ${DEPTH * cap}
         ) c
         where a.n > 0
       ), picked as (
         -- Read by id from an array, not joined: right after a burst the planner's row estimates are stale,
         -- and a join could scan the candidates once per pending row.
         select x.id from ${d} x where x.id = any(array(select id from candidates where slot <= n))
           and x.status = 'pending' and x.next_attempt_at <= ? and (x.leased_until is null or x.leased_until <= ?)
         order by x.next_attempt_at limit ? for update of x skip locked
       ), claimed as (
         update ${d} t set leased_until = ?, leased_by = ? from picked where t.id = picked.id
         returning t.id, t.endpoint_id, t.event_id
       )
       select claimed.id, claimed.endpoint_id, e.url, e.secret,
         case when e.previous_secret_expires_at > ? then e.previous_secret end as previous_secret,
         claimed.event_id, ev.type as event_type, ev.occurred_at, ev.account_id, ev.connection_id, ev.data
       from claimed join ${e} e on e.id = claimed.endpoint_id join ${ev} ev on ev.id = claimed.event_id
       order by claimed.endpoint_id`,
      [JSON.stringify(finished), worker, worker, now, now, now, now, now, limit, leasedUntil, worker, now],
    );
    // A row whose event or endpoint vanished meanwhile is not returned: its lease simply runs out.
    return rows.map((r) => ({
      id: r.id,
      endpointId: r.endpoint_id,
      leasedUntil,
      url: r.url,
      secrets: r.previous_secret ? [r.secret, r.previous_secret] : [r.secret],
      event: { id: r.event_id, type: r.event_type, createdAt: new Date(r.occurred_at), accountId: r.account_id, connectionId: r.connection_id, data: r.data },
    }));
  }

  /** Gives back leases this worker took but will not use (queued at shutdown), so another worker need not wait for them to run out. */
  async release(worker: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.orm.em
      .getConnection()
      .execute(
        `update "${this.orm.config.get('schema')}"."webhook_deliveries" set leased_until = null, leased_by = null where leased_by = ? and id in (select jsonb_array_elements_text(?::jsonb))`,
        [worker, JSON.stringify(ids)],
      );
  }
}
