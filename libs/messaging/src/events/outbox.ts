import type { EntityManager } from '@mikro-orm/core';
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
