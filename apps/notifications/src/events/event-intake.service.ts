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
const INTAKE_BATCH = 32;

/**
 * Copies every domain event about an account into the event log and creates one delivery per
 * endpoint that wants it, in the transaction that records the event in the inbox: a redelivered
 * event creates nothing twice, and a crash before commit loses nothing (JetStream redelivers).
 */
@Injectable()
export class EventIntakeService implements OnModuleInit {
  /** Per batch transaction (its EntityManager), the endpoints looked up so far; gone with the transaction. */
  private readonly endpointCache = new WeakMap<EntityManager, Map<string, Promise<WebhookEndpoint[]>>>();

  constructor(
    private readonly events: JetStreamEvents,
    private readonly worker: DeliveryWorker,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    // Batches: a burst of events costs a transaction per batch, not per event (across the events of one batch the handler keeps only its endpoint lookups).
    await this.events.consume({ durable: EVENT_INTAKE_DURABLE, eventTypes: [ALL_EVENT_TYPES], batchSize: INTAKE_BATCH, handler: (event, em) => this.record(event, em) });
  }

  async record(event: EventEnvelope, em: EntityManager): Promise<void> {
    if (!event.account_id) return; // about no account: nobody to deliver to or show it to
    const now = this.clock.now();
    const connectionId = typeof event.data.connection_id === 'string' ? event.data.connection_id : null;
    const record = em.create(EventRecord, {
      id: event.id,
      type: event.type,
      version: event.version,
      accountId: event.account_id,
      partnerId: event.partner_id,
      connectionId,
      createdAt: new Date(event.occurred_at),
      data: event.data,
      receivedAt: now,
    });
    const endpoints = await this.endpointsOf(em, event.account_id, event.partner_id);
    for (const endpoint of endpoints.filter((e) => endpointWants(e, record))) {
      em.create(WebhookDelivery, {
        id: sortableId('whd', now),
        endpointId: endpoint.id,
        accountId: endpoint.accountId,
        eventId: event.id,
        eventType: event.type,
        status: 'pending',
        attemptCount: 0,
        nextAttemptAt: now,
        createdAt: now,
        updatedAt: now,
      });
    }
    this.wakeWorkerAfterCommit(em);
  }

  /**
   * The enabled endpoints an account's events may go to (its own, and its partner's that include
   * tenants), read once per batch transaction: a burst is mostly a few accounts' events. Every event of
   * a batch was received before the batch began, so an endpoint created after the lookup would not
   * have wanted them anyway (it receives only what happens after its creation).
   */
  private endpointsOf(em: EntityManager, accountId: string, partnerId: string | null): Promise<WebhookEndpoint[]> {
    let cache = this.endpointCache.get(em);
    if (!cache) this.endpointCache.set(em, (cache = new Map()));
    const key = `${accountId} ${partnerId ?? ''}`;
    let found = cache.get(key);
    if (!found) {
      const owners = [{ accountId }, ...(partnerId ? [{ accountId: partnerId, includeTenants: true }] : [])];
      found = em.find(WebhookEndpoint, { enabled: true, $or: owners });
      cache.set(key, found);
    }
    return found;
  }

  /** The worker must look only once the rows are visible: knex resolves executionPromise after COMMIT. */
  private wakeWorkerAfterCommit(em: EntityManager): void {
    const trx = em.getTransactionContext<{ executionPromise?: Promise<unknown> }>();
    if (trx?.executionPromise) void trx.executionPromise.then(() => this.worker.kick(), () => undefined);
  }
}
