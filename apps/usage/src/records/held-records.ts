import type { EntityManager } from '@mikro-orm/postgresql';
import { sortableId } from '@did/service-kit';
import { HELD_RECORDS, sql } from '../db/sql';

/** Why a record is kept aside instead of charged. WARNING: stored, and shown to operators. */
export const HoldReason = {
  /** No rates for the number at the record's time (unknown, not yet projected, or released): rated when rates arrive. */
  NumberUnknown: 'number_unknown',
} as const;

/** A record kept aside: never dropped, visible to operators, and rated later when it can be. */
export interface Hold {
  recordId: string | null;
  e164: string | null;
  recordTime: Date | null;
  reason: string;
  payload: string;
}

/** PostgreSQL text cannot hold NUL: a record carrying one is kept with it escaped, never refused (that would block the intake). */
const storable = (text: string | null, max: number) =>
  text === null ? null : text.replaceAll('\u0000', '\\u0000').slice(0, max);

/** Keeps records aside; a record already held stays as it was (a duplicate changes nothing). */
export async function holdRecords(em: EntityManager, holds: readonly Hold[], now: Date): Promise<void> {
  if (!holds.length) return;
  await sql(
    em,
    `insert into ${HELD_RECORDS} (id, record_id, e164, record_time, reason, payload, received_at)
     select id, record_id, e164, record_time, reason, payload, ? from unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[])
       as h(id, record_id, e164, record_time, reason, payload)
     on conflict (record_id) where record_id is not null do nothing`,
    [
      now,
      holds.map(() => sortableId('hld', now)),
      holds.map((h) => storable(h.recordId, 500)),
      holds.map((h) => storable(h.e164, 100)),
      holds.map((h) => h.recordTime),
      holds.map((h) => storable(h.reason, 500)),
      holds.map((h) => storable(h.payload, 20_000)),
    ],
  );
}

/** Records held for want of rates for `e164`, locked so two replicas never rate the same ones. */
export async function heldForNumber(
  em: EntityManager,
  e164: string,
): Promise<{ record_id: string; payload: string }[]> {
  return sql(
    em,
    `select record_id, payload from ${HELD_RECORDS} where e164 = ? and reason = ? and record_id is not null order by record_id for update skip locked`,
    [e164, HoldReason.NumberUnknown],
  );
}

/** Rated records leave the held list. */
export async function releaseHeld(em: EntityManager, recordIds: readonly string[]): Promise<void> {
  if (recordIds.length) await sql(em, `delete from ${HELD_RECORDS} where record_id = any(?)`, [recordIds]);
}
