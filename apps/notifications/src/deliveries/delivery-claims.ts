import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';
import { EVENTS, sql, WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINT_LEASES, WEBHOOK_ENDPOINTS } from '../db/sql';
import { PreparedStatement } from './prepared-statement';
import { WebhookEvent } from './webhook-body';

/** A delivery this worker may send until its endpoint's lease (as of the claim) runs out, with what it takes to send it. */
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
  /** The trace of the event's cause, which the POST continues (null for an event nothing traced caused). */
  traceparent: string | null;
  /** The request id of the API call behind the event, for the attempt's log line. */
  requestId: string | null;
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
  traceparent: string | null;
  request_id: string | null;
}

/**
 * A worker may hold this many times an endpoint's cap of its deliveries: the cap in flight, the rest queued
 * behind. The queue must outlast a claim round trip (10-30 ms under load) at the endpoint's full rate,
 * or requests wait for the claim, and deeper queues mean fewer, larger claims (a claim's cost is
 * mostly per statement, not per row).
 */
const DEPTH = 16;
/**
 * A lease covers this many timeouts (plus 30 s): rows queued behind a slow endpoint for longer are
 * dropped unsent (see the worker's pump) and read again by the next claim. It bounds how long a crashed
 * worker's endpoints wait for another worker.
 */
const LEASE_TIMEOUTS = 8;

/** What the worker holds when it claims: none of it is read again, and the load counts against each endpoint's share. */
export interface Holdings {
  /** Every delivery claimed and not yet recorded: queued, in flight, or finished. */
  ids: string[];
  /** Per endpoint, deliveries queued or in flight (finished ones no longer take a request). */
  load: Record<string, number>;
  /** Endpoints of all the held deliveries. */
  endpoints: string[];
}

/**
 * Claims due deliveries from PostgreSQL in one statement, through endpoint leases: a worker sends an
 * endpoint's deliveries only while it holds the endpoint's lease, so replicas never send the same row,
 * and only one of them sends to an endpoint at a time: each keeps `WEBHOOK_ENDPOINT_CONCURRENCY` (cap)
 * by itself, across replicas. The rows themselves are only read: the worker excludes the ones it
 * already holds, and a delivery is written when it is created and when its attempt is recorded, never
 * to claim it. A worker that dies mid-request loses nothing: its leases run out, and another worker
 * sends what it had not recorded (again, with the same webhook-id).
 *
 * Every claim renews the leases of this worker's endpoints that still have due rows, and takes free
 * (or expired) ones: as many as its room holds at the cap each, in an order of its own (so replicas
 * starting together spread out). Every endpoint with pending rows is visited (a loose index scan), and
 * at most DEPTH times the cap of due rows is read from each, so one endpoint's backlog, however long,
 * can neither slow the claim down nor hide other endpoints' due rows behind it.
 */
@Injectable()
export class DeliveryClaims {
  readonly leaseMs: number;
  /** Rows a worker may hold of one endpoint (queued or in flight). */
  readonly perEndpoint: number;
  private readonly statement: PreparedStatement<ClaimRow>;

  constructor(
    private readonly orm: MikroORM,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.leaseMs = LEASE_TIMEOUTS * config.WEBHOOK_TIMEOUT_MS + 30_000;
    this.perEndpoint = DEPTH * config.WEBHOOK_ENDPOINT_CONCURRENCY;
    this.statement = new PreparedStatement<ClaimRow>(claimSql(this.perEndpoint));
  }

  /**
   * At most `limit` due deliveries of endpoints this worker holds (or now takes). With a limit of 0 it
   * only renews its leases on endpoints it holds rows of: a worker whose room is full still claims, so a
   * slow endpoint's lease cannot run out while it is being sent to.
   */
  async claim(
    worker: string,
    limit: number,
    now: Date,
    held: Holdings = { ids: [], load: {}, endpoints: [] },
  ): Promise<ClaimedDelivery[]> {
    // Leases are written and judged on the database's clock, so replicas whose clocks disagree still agree on
    // whose an endpoint is. The worker's own deadline counts the lease from before the claim was sent, on its
    // own clock: never later than the lease really ends, whatever the skew.
    const leasedUntil = new Date(now.getTime() + this.leaseMs);
    const newEndpoints = limit > 0 ? Math.ceil(limit / this.config.WEBHOOK_ENDPOINT_CONCURRENCY) : 0;
    const rows = await this.statement.run(this.orm, [
      held.ids,
      worker,
      now,
      limit,
      this.leaseMs,
      newEndpoints,
      JSON.stringify(held.load),
      held.endpoints,
    ]);
    // A row whose event or endpoint vanished meanwhile is not returned.
    return rows.map((r) => ({
      id: r.id,
      endpointId: r.endpoint_id,
      leasedUntil,
      url: r.url,
      sealedSecrets: r.previous_secret ? [r.secret, r.previous_secret] : [r.secret],
      keys: [],
      event: {
        id: r.event_id,
        type: r.event_type,
        createdAt: new Date(r.occurred_at),
        accountId: r.account_id,
        connectionId: r.connection_id,
        data: r.data,
      },
      traceparent: r.traceparent,
      requestId: r.request_id,
    }));
  }

  /**
   * Gives back this worker's leases, but for the endpoints in `keep`: all of them at shutdown (once what it
   * sent is recorded), and, when it has no room, those of endpoints it holds no rows of, so a replica
   * with room sends to them meanwhile. Either way another worker need not wait for them to run out.
   */
  async giveBack(worker: string, keep: string[] = []): Promise<void> {
    await sql(
      this.orm.em,
      // Locked in endpoint order first, as the claim writes them, so a release and a claim cannot deadlock.
      `delete from ${WEBHOOK_ENDPOINT_LEASES} t using (
         select endpoint_id from ${WEBHOOK_ENDPOINT_LEASES} where leased_by = ? and not (endpoint_id = any(?::text[])) order by endpoint_id for update
       ) mine where t.endpoint_id = mine.endpoint_id`,
      [worker, keep],
    );
  }
}

/**
 * $1 ids this worker holds (text[]), $2 the worker, $3 now (the service's clock: when rows are due), $4 at most this many rows,
 * $5 the lease's length in ms (from the database's now(), like every lease comparison),
 * $6 at most this many endpoints to take anew, $7 per endpoint the deliveries queued or in flight (jsonb object),
 * $8 the endpoints of the held deliveries (text[]).
 */
function claimSql(perEndpoint: number): string {
  const [d, e, l, ev] = [WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS, WEBHOOK_ENDPOINT_LEASES, EVENTS];
  return `with recursive pending_endpoints as (
      (select endpoint_id from ${d} where status = 'pending' order by endpoint_id limit 1)
      union all
      select (select x.endpoint_id from ${d} x where x.status = 'pending' and x.endpoint_id > p.endpoint_id order by x.endpoint_id limit 1)
      from pending_endpoints p where p.endpoint_id is not null
    ), due as (
      -- Endpoints with due rows that are free, expired, or this worker's already (a row in flight is still due).
      -- Every lookup by key with a LIMIT, so it stays a lookup: joined, the endpoints and leases were read whole,
      -- and as an EXISTS the due check was planned as a semi-join reading every due row of the table.
      select p.endpoint_id, coalesce(l.leased_by = $2, false) as mine
      from pending_endpoints p
      -- KEY SHARE: an endpoint being deleted (which locks its row first) is waited for and then skipped, so no lease
      -- is taken on it and none of its deliveries is read from a snapshot that still shows them.
      cross join lateral (select 1 from ${e} x where x.id = p.endpoint_id and x.enabled limit 1 for key share) enabled
      cross join lateral (select 1 from ${d} x where x.endpoint_id = p.endpoint_id and x.status = 'pending' and x.next_attempt_at <= $3 limit 1) due_row
      left join lateral (select x.leased_by, x.leased_until from ${l} x where x.endpoint_id = p.endpoint_id limit 1) l on true
      where l.leased_by is null or l.leased_by = $2 or l.leased_until <= now()
    ), wanted as (
      -- This worker's endpoints are renewed while it has room to read from them or holds rows of theirs ($8): a
      -- worker full with slow endpoints does not keep others' deliveries from a replica with room (see giveBack).
      select endpoint_id from due where mine and ($4 > 0 or endpoint_id = any($8::text[]))
      union all
      (select endpoint_id from due where not mine order by md5($2 || endpoint_id) limit $6)
    ), leased as (
      -- Written in endpoint order, so two workers wanting the same endpoints wait for each other instead of deadlocking.
      -- The condition is checked again on the newest lease: of two workers taking one free endpoint, one gets it.
      insert into ${l} as held (endpoint_id, leased_by, leased_until)
      select endpoint_id, $2, now() + $5::int * interval '1 millisecond' from wanted order by endpoint_id
      on conflict (endpoint_id) do update set leased_by = excluded.leased_by, leased_until = excluded.leased_until
      where held.leased_by = excluded.leased_by or held.leased_until <= now()
      returning held.endpoint_id
    ), chosen as (
      select c.id, c.endpoint_id, c.event_id from leased
      cross join lateral (
        select x.id, x.endpoint_id, x.event_id, x.next_attempt_at from ${d} x
        where x.endpoint_id = leased.endpoint_id and x.status = 'pending' and x.next_attempt_at <= $3 and x.id <> all($1::text[])
        order by x.next_attempt_at limit greatest(0, ${perEndpoint} - coalesce(($7::jsonb ->> leased.endpoint_id)::int, 0))
      ) c
      order by c.next_attempt_at, c.id limit $4
    )
    select chosen.id, chosen.endpoint_id, e.url, e.secret,
      case when e.previous_secret_expires_at > $3 then e.previous_secret end as previous_secret,
      chosen.event_id, ev.type as event_type, ev.occurred_at, ev.account_id, ev.connection_id, ev.data, ev.traceparent, ev.request_id
    from chosen
    -- Each endpoint and event by primary key (the LIMIT keeps it a lookup): a join could hash the whole table.
    cross join lateral (select x.url, x.secret, x.previous_secret, x.previous_secret_expires_at from ${e} x where x.id = chosen.endpoint_id limit 1) e
    cross join lateral (select x.type, x.occurred_at, x.account_id, x.connection_id, x.data, x.traceparent, x.request_id from ${ev} x where x.id = chosen.event_id limit 1) ev
    order by chosen.endpoint_id`;
}
