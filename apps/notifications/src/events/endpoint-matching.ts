import { ALL_EVENTS, EventEnvelope } from '@did/contracts';
import type { WebhookEndpoint } from '../endpoints/entities/webhook-endpoint.entity';
import type { EventRecord } from './entities/event-record.entity';

/** What matching reads of an endpoint (an entity, or a row intake reads with plain SQL). */
export type MatchableEndpoint = Pick<WebhookEndpoint, 'eventTypes' | 'connectionId' | 'createdAt'>;

/**
 * Whether `endpoint` (already known to belong to the event's account, or to its partner with
 * include_tenants) wants `event`: it existed when the event happened (as with Stripe, an endpoint
 * receives what happens after it is created, even if the event reaches us later), its type is
 * subscribed, and a connection-scoped endpoint only takes events about that connection (events about
 * a number on it; an event about no connection, such as a wallet's, is not for it).
 */
export function endpointWants(
  endpoint: MatchableEndpoint,
  event: Pick<EventRecord, 'type' | 'connectionId' | 'createdAt'>,
): boolean {
  const typeMatches = endpoint.eventTypes.includes(ALL_EVENTS) || endpoint.eventTypes.includes(event.type);
  const connectionMatches = endpoint.connectionId === null || endpoint.connectionId === event.connectionId;
  const existedThen = endpoint.createdAt.getTime() <= event.createdAt.getTime();
  return existedThen && typeMatches && connectionMatches;
}

/**
 * The connection an event is about: the envelope's (producers set the connection of the number the
 * event is about), else a `connection_id` in the payload (events published before the envelope had it).
 */
export function connectionOf(event: Pick<EventEnvelope, 'connection_id' | 'data'>): string | null {
  if (event.connection_id) return event.connection_id;
  return typeof event.data.connection_id === 'string' ? event.data.connection_id : null;
}
