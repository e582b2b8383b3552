import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager, Knex } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { EventDefinition, EventEnvelope } from '@did/contracts';
import { sortableId } from '@did/service-kit';
import { OutboxEvent } from '../entities/outbox-event.entity';

/** Who an event is about: the account (and its partner, for a tenant) that webhooks go to. */
export interface EventScope {
  accountId: string | null;
  partnerId: string | null;
}

/**
 * Adds a domain event to the outbox through `em`. Call it inside the transaction that makes the
 * change; the event is published only if that transaction commits. The payload is validated against
 * the contract first, so a malformed event can never leave the service.
 */
export function appendToOutbox<S extends z.ZodType>(
  em: EntityManager,
  producer: string,
  definition: EventDefinition<S>,
  data: z.input<S>,
  scope: EventScope,
  now: Date,
): EventEnvelope {
  const envelope: EventEnvelope = {
    id: sortableId('evt', now),
    type: definition.type,
    version: definition.version,
    occurred_at: now.toISOString(),
    producer,
    account_id: scope.accountId,
    partner_id: scope.partnerId,
    data: definition.schema.parse(data) as Record<string, unknown>,
  };
  em.persist(em.create(OutboxEvent, { id: envelope.id, type: envelope.type, envelope, occurredAt: now, publishedAt: null, publishAttempts: 0, lastError: null }));
  return envelope;
}

/** One event for {@link appendManyToOutbox}. */
export interface OutboxItem<S extends z.ZodType = z.ZodType> {
  definition: EventDefinition<S>;
  data: z.input<S>;
  scope: EventScope;
}

/**
 * {@link appendToOutbox} for many events at once (a renewal batch writes two per renewal): the same
 * envelopes, each validated against its contract, written with one multi-row insert inside `em`'s
 * transaction (it must have one) instead of one ORM entity each.
 */
export async function appendManyToOutbox(em: SqlEntityManager, producer: string, items: readonly OutboxItem[], now: Date): Promise<void> {
  if (!items.length) return;
  const occurredAt = now.toISOString();
  const envelopes: EventEnvelope[] = items.map((item) => ({
    id: sortableId('evt', now),
    type: item.definition.type,
    version: item.definition.version,
    occurred_at: occurredAt,
    producer,
    account_id: item.scope.accountId,
    partner_id: item.scope.partnerId,
    data: item.definition.schema.parse(item.data) as Record<string, unknown>,
  }));
  const table = `"${em.config.get('schema')}"."${em.getMetadata().get(OutboxEvent.name).tableName}"`;
  const runner: Knex = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  await runner.raw(
    `insert into ${table} (id, type, envelope, occurred_at, published_at, publish_attempts, last_error)
     select e->>'id', e->>'type', e, ?, null, 0, null from jsonb_array_elements(?::jsonb) as e`,
    // One JSON document for the batch: cheaper to send and parse than an array literal of JSON strings.
    [now, JSON.stringify(envelopes)],
  );
}
