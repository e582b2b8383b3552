import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, LockMode, MikroORM } from '@mikro-orm/postgresql';
import { Events } from '@did/contracts';
import { appendToOutbox, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../config';
import { DisabledReason, WebhookEndpoint } from '../endpoints/entities/webhook-endpoint.entity';
import { PreparedStatement } from './prepared-statement';
import { isSuccess, judgeAttempt, Verdict } from './retry-policy';
import { SendResult } from './webhook-sender';
import { sql, WEBHOOK_ATTEMPTS, WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS } from '../db/sql';

const SERVICE = 'notifications';

/** One finished HTTP attempt, waiting to be recorded. */
export interface AttemptOutcome {
  deliveryId: string;
  attemptedAt: Date;
  result: SendResult;
  /** The trace id the POST carried, recorded with the attempt. */
  traceId?: string | null;
}

interface Judged {
  outcome: AttemptOutcome;
  endpointId: string;
  verdict: Verdict;
}

/**
 * Records what attempts came to, a batch at a time in one transaction: the attempt rows, each
 * delivery's next state (done, retry at, given up), and the endpoints'
 * health (a 410, or failing for WEBHOOK_DISABLE_AFTER_MS, disables one and emits
 * webhook_endpoint.disabled). The outcomes are applied in the order given, so a batch ends exactly
 * where recording them one by one would have.
 */
@Injectable()
export class DeliveryOutcomes {
  private readonly successes: PreparedStatement<never>;

  constructor(
    private readonly orm: MikroORM,
    private readonly events: JetStreamEvents,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.successes = new PreparedStatement(successesSql());
  }

  async record(outcomes: AttemptOutcome[]): Promise<void> {
    if (!outcomes.length) return;
    const distinct = new Set(outcomes.map((o) => o.deliveryId)).size === outcomes.length;
    if (distinct && outcomes.every((o) => isSuccess(o.result))) return this.recordSuccesses(outcomes);
    const disabled = await this.orm.em.fork().transactional(async (em) => {
      const now = this.clock.now();
      const judged = await this.updateDeliveries(em, outcomes, now);
      if (!judged.length) return false;
      await this.insertAttempts(em, judged);
      return this.updateEndpoints(em, judged, now);
    });
    if (disabled) this.events.publishSoon();
  }

  /**
   * The common case, a batch of 2xx answers, in one statement (one round trip, no explicit
   * transaction): a success needs no attempt count to judge, and the only endpoint change it makes is
   * ending a failure streak: only endpoints still marked failing are locked (in id order, like the
   * full path, so the two cannot deadlock), so a busy healthy endpoint's row is never locked.
   */
  private async recordSuccesses(outcomes: AttemptOutcome[]): Promise<void> {
    const now = this.clock.now();
    const rows = outcomes.map(({ deliveryId, attemptedAt, result, traceId }) => ({
      delivery_id: deliveryId,
      attempted_at: attemptedAt.toISOString(),
      status_code: result.statusCode,
      latency_ms: result.latencyMs,
      trace_id: traceId ?? null,
    }));
    await this.successes.run(this.orm, [JSON.stringify(rows), now]);
  }

  /**
   * Locks the deliveries (in id order, so concurrent batches cannot deadlock), judges each attempt and
   * writes the next state. As in the claim, each row is locked by primary key and updated by its physical
   * address (stable while this transaction holds the lock): matched against the batch by id, a plan made
   * on stale statistics scans the whole table, and failures come in storms, when the table is largest.
   */
  private async updateDeliveries(em: EntityManager, outcomes: AttemptOutcome[], now: Date): Promise<Judged[]> {
    const ids = [...new Set(outcomes.map((o) => o.deliveryId))].sort();
    const rows = await sql<{ id: string; tid: string; endpoint_id: string; attempt_count: number }>(
      em,
      `select x.id, x.ctid::text as tid, x.endpoint_id, x.attempt_count
       from jsonb_array_elements_text(?::jsonb) with ordinality as v(id, n)
       cross join lateral (select d.id, d.ctid, d.endpoint_id, d.attempt_count from ${WEBHOOK_DELIVERIES} d where d.id = v.id limit 1 for update) x
       order by v.n`,
      [JSON.stringify(ids)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const judged: Judged[] = [];
    const next = new Map<
      string,
      { tid: string; attempt_count: number; status: string; next_attempt_at: string | null }
    >();
    for (const outcome of outcomes) {
      const row = byId.get(outcome.deliveryId);
      if (!row) continue; // the endpoint was deleted meanwhile, with its log
      row.attempt_count += 1;
      const verdict = judgeAttempt(outcome.result, row.attempt_count, this.config.WEBHOOK_RETRY_SCHEDULE_MS, now);
      const status = verdict.kind === 'succeeded' ? 'succeeded' : verdict.kind === 'retry' ? 'pending' : 'failed';
      next.set(row.id, {
        tid: row.tid,
        attempt_count: row.attempt_count,
        status,
        next_attempt_at: verdict.kind === 'retry' ? verdict.at.toISOString() : null,
      });
      judged.push({ outcome, endpointId: row.endpoint_id, verdict });
    }
    if (next.size) {
      await sql(
        em,
        `update ${WEBHOOK_DELIVERIES} d set attempt_count = v.attempt_count, status = v.status, next_attempt_at = v.next_attempt_at, updated_at = ?
         from jsonb_to_recordset(?::jsonb) as v(tid tid, attempt_count int, status text, next_attempt_at timestamptz) where d.ctid = v.tid`,
        [now, JSON.stringify([...next.values()])],
      );
    }
    return judged;
  }

  private async insertAttempts(em: EntityManager, judged: Judged[]): Promise<void> {
    const attempts = judged.map(({ outcome: { deliveryId, attemptedAt, result, traceId } }) => ({
      delivery_id: deliveryId,
      trace_id: traceId ?? null,
      attempted_at: attemptedAt.toISOString(),
      status_code: result.statusCode ?? null,
      latency_ms: result.latencyMs,
      error:
        result.error?.slice(0, 500) ??
        (result.statusCode !== undefined && (result.statusCode < 200 || result.statusCode >= 300)
          ? `HTTP ${result.statusCode}`
          : null),
    }));
    await sql(
      em,
      `insert into ${WEBHOOK_ATTEMPTS} (delivery_id, attempted_at, status_code, latency_ms, error, trace_id)
       select delivery_id, attempted_at, status_code, latency_ms, error, trace_id
       from jsonb_to_recordset(?::jsonb) as v(delivery_id text, attempted_at timestamptz, status_code int, latency_ms int, error text, trace_id text)`,
      [JSON.stringify(attempts)],
    );
  }

  /**
   * Only endpoints with a failure in the batch, or recovering from one, are locked and written: a busy
   * healthy endpoint's deliveries never queue on its row lock. Returns true when one was disabled.
   */
  private async updateEndpoints(em: EntityManager, judged: Judged[], now: Date): Promise<boolean> {
    const all = [...new Set(judged.map((j) => j.endpointId))];
    const failing = [...new Set(judged.filter((j) => j.verdict.kind !== 'succeeded').map((j) => j.endpointId))];
    const endpoints = await em.find(
      WebhookEndpoint,
      { id: { $in: all }, $or: [{ id: { $in: failing } }, { failingSince: { $ne: null } }] },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
    );
    let disabled = false;
    for (const endpoint of endpoints) {
      for (const j of judged.filter((x) => x.endpointId === endpoint.id)) {
        if (j.verdict.kind === 'succeeded') endpoint.failingSince = null;
        else
          disabled =
            (await this.failing(em, endpoint, j.outcome.attemptedAt, now, j.verdict.kind === 'gone' ? 'gone' : null)) ||
            disabled;
      }
    }
    return disabled;
  }

  /** Returns true when this failure disabled the endpoint. */
  private async failing(
    em: EntityManager,
    endpoint: WebhookEndpoint,
    attemptedAt: Date,
    now: Date,
    forced: DisabledReason | null,
  ): Promise<boolean> {
    endpoint.failingSince ??= attemptedAt;
    const failingTooLong = now.getTime() - endpoint.failingSince.getTime() >= this.config.WEBHOOK_DISABLE_AFTER_MS;
    const reason = forced ?? (failingTooLong ? 'failing' : null);
    if (!reason || !endpoint.enabled) return false;
    endpoint.enabled = false;
    endpoint.disabledReason = reason;
    endpoint.updatedAt = now;
    await appendToOutbox(
      em,
      SERVICE,
      Events.WebhookEndpointDisabled,
      {
        endpoint_id: endpoint.id,
        account_id: endpoint.accountId,
        url: endpoint.url,
        reason: reason === 'gone' ? 'gone' : 'failing',
        failing_since: endpoint.failingSince.toISOString(),
        disabled_at: now.toISOString(),
      },
      { accountId: endpoint.accountId, partnerId: endpoint.partnerId },
      now,
    );
    return true;
  }
}

/** $1 the attempts (jsonb array of {delivery_id, attempted_at, status_code, latency_ms, trace_id}), $2 now. */
function successesSql(): string {
  return `with v as (
      select * from jsonb_to_recordset($1::jsonb) as v(delivery_id text, attempted_at timestamptz, status_code int, latency_ms int, trace_id text)
    ), targets as (
      -- Each row found by primary key (the LIMIT keeps it a lookup) and updated by its physical address (a TID
      -- scan): joined by id, a plan made while the table was small (stale statistics after a burst) scans the
      -- whole table in every batch. A row updated meanwhile is still found: the update follows it to its newest version.
      select x.ctid from v cross join lateral (select ctid from ${WEBHOOK_DELIVERIES} x where x.id = v.delivery_id limit 1) x
    ), done as (
      update ${WEBHOOK_DELIVERIES} d set attempt_count = d.attempt_count + 1, status = 'succeeded', next_attempt_at = null, updated_at = $2
      from targets where d.ctid = targets.ctid
      returning d.id, d.endpoint_id
    ), logged as (
      insert into ${WEBHOOK_ATTEMPTS} (delivery_id, attempted_at, status_code, latency_ms, error, trace_id)
      select v.delivery_id, v.attempted_at, v.status_code, v.latency_ms, null, v.trace_id from v join done on done.id = v.delivery_id
    )
    update ${WEBHOOK_ENDPOINTS} e set failing_since = null
    from (select x.id from ${WEBHOOK_ENDPOINTS} x where x.id in (select endpoint_id from done) and x.failing_since is not null order by x.id for update) l
    where e.id = l.id`;
}
