import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';
import { PreparedStatement } from './prepared-statement';
import { WebhookEvent } from './webhook-body';

/** A delivery this worker now owns until its lease runs out, with what it takes to send it. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  leasedUntil: Date;
  url: string;
  /** Signing secrets, sealed as claimed: the current one, and the previous one while its overlap lasts. */
  sealedSecrets: string[];
  /** Their HMAC keys, in the same order: empty as claimed, filled in by the worker, which opens the secrets once per claim. */
  keys: Buffer[];
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
 * or requests wait for the claim, and deeper queues mean fewer, larger claims (a claim's cost is
 * mostly per statement, not per row).
 */
const DEPTH = 16;
/**
 * A lease covers this many timeouts (plus 30 s), not DEPTH: on a fast endpoint the queue empties in
 * milliseconds, and rows queued behind a slow one for longer are dropped unsent (see the worker's
 * pump) and claimed again once the lease runs out. It bounds how long a crashed worker's rows wait.
 */
const LEASE_TIMEOUTS = 8;

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
  readonly leaseMs: number;
  /** Rows a worker alone on an endpoint may hold (queued or in flight). */
  readonly perEndpoint: number;
  private readonly statement: PreparedStatement<ClaimRow>;

  constructor(
    private readonly orm: MikroORM,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.leaseMs = LEASE_TIMEOUTS * config.WEBHOOK_TIMEOUT_MS + 30_000;
    this.perEndpoint = DEPTH * config.WEBHOOK_ENDPOINT_CONCURRENCY;
    this.statement = new PreparedStatement<ClaimRow>(claimSql(orm.config.get('schema'), config.WEBHOOK_ENDPOINT_CONCURRENCY));
  }

  /**
   * `finished`: rows this worker has leased and attempted but not yet recorded. They hold a lease but
   * no request, so they do not count against this worker's share of the cap (other workers still
   * count them until they are recorded).
   */
  async claim(worker: string, limit: number, now: Date, finished: string[] = []): Promise<ClaimedDelivery[]> {
    const leasedUntil = new Date(now.getTime() + this.leaseMs);
    const rows = await this.statement.run(this.orm, [JSON.stringify(finished), worker, now, limit, leasedUntil]);
    // A row whose event or endpoint vanished meanwhile is not returned: its lease simply runs out.
    return rows.map((r) => ({
      id: r.id,
      endpointId: r.endpoint_id,
      leasedUntil,
      url: r.url,
      sealedSecrets: r.previous_secret ? [r.secret, r.previous_secret] : [r.secret],
      keys: [],
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

/** $1 rows this worker finished but has not recorded (jsonb array of ids), $2 the worker, $3 now, $4 at most this many rows, $5 the lease's end. */
function claimSql(schema: string, cap: number): string {
  const d = `"${schema}"."webhook_deliveries"`;
  const e = `"${schema}"."webhook_endpoints"`;
  const ev = `"${schema}"."events"`;
  return `with recursive pending_endpoints as (
      (select endpoint_id from ${d} where status = 'pending' order by endpoint_id limit 1)
      union all
      select (select x.endpoint_id from ${d} x where x.status = 'pending' and x.endpoint_id > p.endpoint_id order by x.endpoint_id limit 1)
      from pending_endpoints p where p.endpoint_id is not null
    ), finished as (
      select jsonb_array_elements_text($1::jsonb) as id
    ), allowed as (
      select e.id as endpoint_id, case when busy.others = 0 then ${DEPTH * cap} - busy.mine else ${cap} - busy.others - busy.mine end as n
      from pending_endpoints p
      join ${e} e on e.id = p.endpoint_id and e.enabled
      cross join lateral (
        select count(*) filter (where b.leased_by = $2 and b.id not in (select id from finished))::int as mine, count(*) filter (where b.leased_by is distinct from $2)::int as others
        from ${d} b where b.endpoint_id = e.id and b.leased_until > $3
      ) busy
    ), candidates as (
      select c.id, c.next_attempt_at, row_number() over (partition by c.endpoint_id order by c.next_attempt_at, c.id) as slot, a.n
      from allowed a
      cross join lateral (
        select x.id, x.endpoint_id, x.next_attempt_at from ${d} x
        where x.endpoint_id = a.endpoint_id and x.status = 'pending' and x.next_attempt_at <= $3 and (x.leased_until is null or x.leased_until <= $3)
        order by x.next_attempt_at limit ${DEPTH * cap}
      ) c
      where a.n > 0
    ), chosen as (
      select id from candidates where slot <= n order by next_attempt_at, id limit $4
    ), picked as (
      -- Each row locked by primary key alone, its state checked after the lock (the LIMIT keeps the check out
      -- of the lookup): right after a burst the planner's estimates are stale, and a lookup that could also
      -- use the pending index was planned as a walk of every pending row per candidate (100 ms at 10k).
      select l.id, l.ctid from chosen c cross join lateral (
        select x.id, x.ctid, x.status, x.next_attempt_at, x.leased_until from ${d} x where x.id = c.id limit 1 for update of x skip locked
      ) l
      where l.status = 'pending' and l.next_attempt_at <= $3 and (l.leased_until is null or l.leased_until <= $3)
    ), claimed as (
      -- The rows just locked, joined by their physical address (one TID lookup each). Joined by id, a plan made
      -- while the table was small (stale statistics right after a burst, cached with the prepared statement)
      -- hashed the whole table against them in every claim: a millisecond per 10k rows, 70 ms at 20k as an
      -- id = any(array) filter.
      update ${d} t set leased_until = $5, leased_by = $2 from picked where t.ctid = picked.ctid
      returning t.id, t.endpoint_id, t.event_id
    )
    select claimed.id, claimed.endpoint_id, e.url, e.secret,
      case when e.previous_secret_expires_at > $3 then e.previous_secret end as previous_secret,
      claimed.event_id, ev.type as event_type, ev.occurred_at, ev.account_id, ev.connection_id, ev.data
    from claimed join ${e} e on e.id = claimed.endpoint_id
    -- Each event by primary key (the LIMIT keeps it a lookup): a join could hash the whole event log.
    cross join lateral (select x.type, x.occurred_at, x.account_id, x.connection_id, x.data from ${ev} x where x.id = claimed.event_id limit 1) ev
    order by claimed.endpoint_id`;
}
