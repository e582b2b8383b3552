import type { EventRecord as EventView } from '@did/contracts';
import type { EventRecord } from './entities/event-record.entity';

export function presentEvent(e: EventRecord): EventView {
  return {
    id: e.id,
    record_type: 'event',
    type: e.type,
    version: e.version,
    occurred_at: e.createdAt.toISOString(),
    account_id: e.accountId,
    connection_id: e.connectionId,
    data: e.data,
  };
}
