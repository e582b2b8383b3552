import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from '@did/contracts';
import { ALL_EVENT_TYPES, JetStreamEvents } from '@did/messaging';
import { CLOCK, Clock, sortableId } from '@did/service-kit';
import { WebhookDelivery } from '../deliveries/entities/webhook-delivery.entity';
import { DeliveryWorker } from '../deliveries/delivery-worker';
import { WebhookEndpoint } from '../endpoints/entities/webhook-endpoint.entity';
import { endpointWants } from './endpoint-matching';
import { EventRecord } from './entities/event-record.entity';

/**
 * WARNING: JetStream keeps this consumer's position under this name; renaming it replays the stream
 * (deliveries are unique per endpoint and event, so a replay re-sends nothing already recorded).
 */
export const EVENT_INTAKE_DURABLE = 'notifications-webhooks';

/** Events handled per transaction while a burst is waiting. */
const INTAKE_BATCH = 64;

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
          endpointId: endpoint.id,
          accountId: endpoint.accountId,
          eventId: record.id,
          eventType: record.type,
          status: 'pending' as const,
          attemptCount: 0,
          nextAttemptAt: now,
          createdAt: now,
          updatedAt: now,
        })),
    );
    await em.insertMany(EventRecord, records);
    if (deliveries.length) await em.insertMany(WebhookDelivery, deliveries);
    this.wakeWorkerAfterCommit(em);
  }

  /**
   * The enabled endpoints the batch's events may go to (their accounts' own, and their partners' that
   * include tenants), in one query. Every event of a batch was received before the batch began, so an
   * endpoint created after the lookup would not have wanted them anyway (it receives only what happens
   * after its creation).
   */
  private endpointsOf(em: EntityManager, records: { accountId: string; partnerId: string | null }[]): Promise<WebhookEndpoint[]> {
    const accounts = [...new Set(records.map((r) => r.accountId))];
    const partners = [...new Set(records.flatMap((r) => (r.partnerId ? [r.partnerId] : [])))];
    return em.find(WebhookEndpoint, { enabled: true, $or: [{ accountId: { $in: accounts } }, ...(partners.length ? [{ accountId: { $in: partners }, includeTenants: true }] : [])] });
  }

  /** The worker must look only once the rows are visible: knex resolves executionPromise after COMMIT. */
  private wakeWorkerAfterCommit(em: EntityManager): void {
    const trx = em.getTransactionContext<{ executionPromise?: Promise<unknown> }>();
    if (trx?.executionPromise) void trx.executionPromise.then(() => this.worker.kick(), () => undefined);
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
    connectionId: typeof event.data.connection_id === 'string' ? event.data.connection_id : null,
    createdAt: new Date(event.occurred_at),
    data: event.data,
    receivedAt,
  };
}

/** An endpoint of the event's own account, or of its partner when the endpoint includes tenants. */
function ownsOrSees(endpoint: WebhookEndpoint, record: { accountId: string; partnerId: string | null }): boolean {
  return endpoint.accountId === record.accountId || (endpoint.includeTenants && endpoint.accountId === record.partnerId);
}
