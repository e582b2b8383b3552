import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from '@did/contracts';
import { ALL_EVENT_TYPES, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { DeliveryWorker } from '../deliveries/delivery-worker';
import { connectionOf, endpointWants, MatchableEndpoint } from './endpoint-matching';
import { EVENTS, sql, WEBHOOK_DELIVERIES, WEBHOOK_ENDPOINTS } from '../db/sql';

/**
 * WARNING: JetStream keeps this consumer's position under this name; renaming it replays the stream
 * (deliveries are unique per endpoint and event, so a replay re-sends nothing already recorded).
 */
export const EVENT_INTAKE_DURABLE = 'notifications-webhooks';

/**
 * Events handled per transaction while a burst is waiting, and batches written at once: per-batch costs
 * (a transaction, an endpoint lookup, a claim the commit wakes the worker for) shrink per event with
 * larger batches, and while one batch waits on the database the next is parsed and sent. 256 x 3 stays
 * under JetStream's default of 1,000 unacknowledged messages per consumer. Webhooks promise no order
 * between events, so batches may commit in any order.
 */
const INTAKE_BATCH = 256;
const INTAKE_BATCHES_IN_FLIGHT = 3;

/** An enabled endpoint as intake matches it, read with plain SQL (no entities to hydrate or to check at flush). */
interface EndpointRow extends MatchableEndpoint {
  id: string;
  accountId: string;
  includeTenants: boolean;
}

/**
 * Copies every domain event about an account into the event log and creates one delivery per
 * endpoint that wants it, in the transaction that records the event in the inbox: a redelivered
 * event creates nothing twice, and a crash before commit loses nothing (JetStream redelivers).
 * A burst is written set-based: per batch, one endpoint lookup and two multi-row inserts.
 */
@Injectable()
export class EventIntakeService implements OnModuleInit {
  constructor(
    private readonly events: JetStreamEvents,
    private readonly worker: DeliveryWorker,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.consume({
      durable: EVENT_INTAKE_DURABLE,
      eventTypes: [ALL_EVENT_TYPES],
      batchSize: INTAKE_BATCH,
      batchesInFlight: INTAKE_BATCHES_IN_FLIGHT,
      batchHandler: (events, em) => this.recordMany(events, em),
      handler: (event, em) => this.recordMany([event], em),
    });
  }

  async recordMany(events: EventEnvelope[], em: EntityManager): Promise<void> {
    // About no account: nobody to deliver to or show it to.
    const now = this.clock.now();
    const records = events.filter((e) => e.account_id).map((e) => toRecord(e, now));
    if (!records.length) return;
    const endpoints = await this.endpointsOf(em, records);
    const deliveries = records.flatMap((record) =>
      endpoints
        .filter((endpoint) => ownsOrSees(endpoint, record) && endpointWants(endpoint, record))
        .map((endpoint) => ({
          id: sortableId('whd', now),
          endpoint_id: endpoint.id,
          account_id: endpoint.accountId,
          event_id: record.id,
          event_type: record.type,
        })),
    );
    // Plain SQL with one JSON parameter per table, bound by PostgreSQL: the ORM's multi-row insert spells every
    // value out in the statement, and that was the largest share of intake's CPU in a burst.
    await sql(
      em,
      `insert into ${EVENTS} (id, type, version, account_id, partner_id, connection_id, occurred_at, data, received_at, traceparent, request_id)
       select id, type, version, account_id, partner_id, connection_id, occurred_at, data, ?, traceparent, request_id from jsonb_to_recordset(?::jsonb)
         as v(id text, type text, version int, account_id text, partner_id text, connection_id text, occurred_at timestamptz, data jsonb, traceparent text, request_id text)`,
      [
        now,
        JSON.stringify(
          records.map((r) => ({
            id: r.id,
            type: r.type,
            version: r.version,
            account_id: r.accountId,
            partner_id: r.partnerId,
            connection_id: r.connectionId,
            occurred_at: r.createdAt,
            data: r.data,
            traceparent: r.traceparent,
            request_id: r.requestId,
          })),
        ),
      ],
    );
    if (deliveries.length) {
      await sql(
        em,
        `insert into ${WEBHOOK_DELIVERIES} (id, endpoint_id, account_id, event_id, event_type, status, attempt_count, next_attempt_at, created_at, updated_at)
         select id, endpoint_id, account_id, event_id, event_type, 'pending', 0, ?, ?, ? from jsonb_to_recordset(?::jsonb)
           as v(id text, endpoint_id text, account_id text, event_id text, event_type text)`,
        [now, now, now, JSON.stringify(deliveries)],
      );
    }
    this.wakeWorkerAfterCommit(em);
  }

  /**
   * The enabled endpoints the batch's events may go to (their accounts' own, and their partners' that
   * include tenants), in one query. Every event of a batch was received before the batch began, so an
   * endpoint created after the lookup would not have wanted them anyway (it receives only what happens
   * after its creation).
   */
  private async endpointsOf(
    em: EntityManager,
    records: { accountId: string; partnerId: string | null }[],
  ): Promise<EndpointRow[]> {
    const accounts = [...new Set(records.map((r) => r.accountId))];
    const partners = [...new Set(records.flatMap((r) => (r.partnerId ? [r.partnerId] : [])))];
    const rows = await sql<{
      id: string;
      account_id: string;
      include_tenants: boolean;
      event_types: string[];
      connection_id: string | null;
      created_at: string;
    }>(
      em,
      `select id, account_id, include_tenants, event_types, connection_id, created_at from ${WEBHOOK_ENDPOINTS}
       where enabled and (account_id in (select jsonb_array_elements_text(?::jsonb)) or (include_tenants and account_id in (select jsonb_array_elements_text(?::jsonb))))`,
      [JSON.stringify(accounts), JSON.stringify(partners)],
    );
    return rows.map((r) => ({
      id: r.id,
      accountId: r.account_id,
      includeTenants: r.include_tenants,
      eventTypes: r.event_types,
      connectionId: r.connection_id,
      createdAt: new Date(r.created_at),
    }));
  }

  /** The worker must look only once the rows are visible: knex resolves executionPromise after COMMIT. */
  private wakeWorkerAfterCommit(em: EntityManager): void {
    const trx = em.getTransactionContext<{ executionPromise?: Promise<unknown> }>();
    if (trx?.executionPromise)
      void trx.executionPromise.then(
        () => this.worker.kick(),
        () => undefined,
      );
  }
}

/** The event log row of an event received at `receivedAt`. */
function toRecord(event: EventEnvelope, receivedAt: Date) {
  return {
    id: event.id,
    type: event.type,
    version: event.version,
    accountId: event.account_id as string,
    partnerId: event.partner_id,
    connectionId: connectionOf(event),
    createdAt: new Date(event.occurred_at),
    data: event.data,
    receivedAt,
    traceparent: event.trace?.traceparent ?? null,
    requestId: event.trace?.request_id ?? null,
  };
}

/** An endpoint of the event's own account, or of its partner when the endpoint includes tenants. */
function ownsOrSees(endpoint: EndpointRow, record: { accountId: string; partnerId: string | null }): boolean {
  return (
    endpoint.accountId === record.accountId || (endpoint.includeTenants && endpoint.accountId === record.partnerId)
  );
}
