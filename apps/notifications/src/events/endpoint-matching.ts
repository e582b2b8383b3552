import { ALL_EVENTS } from '@did/contracts';
import type { WebhookEndpoint } from '../endpoints/entities/webhook-endpoint.entity';
import type { EventRecord } from './entities/event-record.entity';

/**
 * Whether `endpoint` (already known to belong to the event's account, or to its partner with
 * include_tenants) wants `event`: it existed when the event happened (as with Stripe, an endpoint
 * receives what happens after it is created, even if the event reaches us later), its type is
 * subscribed, and a connection-scoped endpoint only takes events about that connection.
 */
export function endpointWants(endpoint: WebhookEndpoint, event: EventRecord): boolean {
  const typeMatches = endpoint.eventTypes.includes(ALL_EVENTS) || endpoint.eventTypes.includes(event.type);
  const connectionMatches = endpoint.connectionId === null || endpoint.connectionId === event.connectionId;
  const existedThen = endpoint.createdAt.getTime() <= event.createdAt.getTime();
  return existedThen && typeMatches && connectionMatches;
}
