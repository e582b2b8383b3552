import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { EventDefinition, EventEnvelope } from '@did/contracts';
import { EventScope } from '@did/messaging';
import { sortableId } from '@did/service-kit';
import { sql } from '../db/sql';

const OUTBOX_EVENTS = '"ordering"."outbox_events"';

/** One event for {@link appendManyToOutbox}. */
export interface OutboxItem<S extends z.ZodType = z.ZodType> {
  definition: EventDefinition<S>;
  data: z.input<S>;
  scope: EventScope;
}

/**
 * appendToOutbox for many events at once (the renewal job writes two per renewal): the same
 * envelopes, each validated against its contract, written with one multi-row insert inside `em`'s
 * transaction instead of one ORM entity each. TODO(issue 4): move beside appendToOutbox in @did/messaging.
 */
export async function appendManyToOutbox(em: EntityManager, producer: string, items: readonly OutboxItem[], now: Date): Promise<void> {
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
  await sql(
    em,
    `insert into ${OUTBOX_EVENTS} (id, type, envelope, occurred_at, published_at, publish_attempts, last_error)
     select e->>'id', e->>'type', e, ?, null, 0, null from jsonb_array_elements(?::jsonb) as e`,
    // One JSON document for the batch: cheaper to send and parse than an array literal of JSON strings.
    [now, JSON.stringify(envelopes)],
  );
}
