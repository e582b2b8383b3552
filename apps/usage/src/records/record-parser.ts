import { UsageRecordV1 } from '@did/contracts';
import type { Hold } from './held-records';
import { wellFormedRecord } from './record-shape';

/** A message of the records stream, read: a record to rate, or a hold saying why it cannot be. */
export type ParsedRecord = { ok: true; record: UsageRecordV1; raw: string } | { ok: false; hold: Hold };

/**
 * Parses one published record; a malformed one is held with the rule it broke, never dropped.
 * `msgIdOf` (the message's Nats-Msg-Id) is read only for a record whose own id cannot be used:
 * decoding a message's headers is a cost the well-formed majority does not need.
 */
export function parseRecord(raw: string, msgIdOf: () => string | undefined): ParsedRecord {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, hold: malformed(raw, msgIdOf(), 'not JSON') };
  }
  const fast = wellFormedRecord(json);
  if (fast) return { ok: true, record: fast, raw };
  const result = UsageRecordV1.safeParse(json);
  if (result.success) return { ok: true, record: result.data, raw };
  const issue = result.error.issues[0];
  const fields = json as { record_id?: unknown; phone_number?: unknown };
  return {
    ok: false,
    hold: {
      ...malformed(
        raw,
        typeof fields?.record_id === 'string' ? fields.record_id.slice(0, 128) : msgIdOf(),
        `${issue.path.join('.') || '(record)'}: ${issue.message}`,
      ),
      e164: typeof fields?.phone_number === 'string' ? fields.phone_number.slice(0, 32) : null,
    },
  };
}

function malformed(raw: string, recordId: string | undefined, rule: string): Hold {
  return { recordId: recordId ?? null, e164: null, recordTime: null, reason: `malformed: ${rule}`, payload: raw };
}
