import type { WebhookPayload } from '@did/contracts';
import type { EventRecord } from '../events/entities/event-record.entity';

/** What a webhook body is made of: the event as the event log keeps it. */
export type WebhookEvent = Pick<EventRecord, 'id' | 'type' | 'createdAt' | 'accountId' | 'connectionId' | 'data'>;

/** The exact bytes POSTed (and signed) for an event: `{id, type, occurred_at, account_id, connection_id?, data}`. */
export function webhookBody(event: WebhookEvent): string {
  const payload: WebhookPayload = {
    id: event.id,
    type: event.type,
    occurred_at: event.createdAt.toISOString(),
    account_id: event.accountId,
    ...(event.connectionId ? { connection_id: event.connectionId } : {}),
    data: event.data,
  };
  return JSON.stringify(payload);
}
