import type { JsMsg } from 'nats';
import type { UsageRecordV1 } from '@did/contracts';
import { Hold } from './held-records';
import { parseRecord } from './record-parser';

/** A batch of messages read: the records to rate, the message of each (for its text if held later), and those held as malformed. */
export interface ParsedBatch {
  records: UsageRecordV1[];
  /** The message of each record: its text is decoded again only for a record held (rare), not kept through the transaction. */
  sources: JsMsg[];
  holds: Hold[];
}

export function parseBatch(msgs: readonly JsMsg[]): ParsedBatch {
  const batch: ParsedBatch = { records: [], sources: [], holds: [] };
  for (const msg of msgs) {
    const parsed = parseRecord(msg.string(), () => msg.headers?.get('Nats-Msg-Id') || undefined);
    if (parsed.ok) {
      batch.records.push(parsed.record);
      batch.sources.push(msg);
    } else batch.holds.push(parsed.hold);
  }
  return batch;
}
