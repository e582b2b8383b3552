import type { WebhookPayload } from '@did/contracts';
import type { EventRecord } from '../events/entities/event-record.entity';

/** The exact bytes POSTed (and signed) for an event: `{id, type, occurred_at, account_id, connection_id?, data}`. */
export function webhookBody(event: EventRecord): string {
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
