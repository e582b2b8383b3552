import type { EntityManager } from '@mikro-orm/postgresql';
import { INTAKE_POSITIONS, sql } from '../db/sql';

/**
 * Another reader moved the intake's position since this one read it (a standby took over while this
 * process still believed it led): this reader's batch is rolled back and it stops reading.
 */
export class PositionMoved extends Error {
  constructor(stream: string, expected: number) {
    super(`the intake position of ${stream} is no longer ${expected}: another reader took over`);
  }
}

/** Where the intake is in a stream: the last sequence charged or held, in the stream created at `streamCreated`. */
export interface IntakePosition {
  lastSeq: number;
  streamCreated: string;
}

/**
 * The intake's place in `stream`: the last record sequence charged or held. A stream met for the
 * first time starts at `initial()` (0, or where the old per-message-ack consumer had got to).
 */
export async function claimPosition(
  em: EntityManager,
  stream: string,
  streamCreated: string,
  initial: () => Promise<number>,
  now: Date,
): Promise<IntakePosition> {
  const [row] = await sql<{ last_seq: string; stream_created: string }>(
    em,
    `select last_seq::text, stream_created from ${INTAKE_POSITIONS} where stream = ?`,
    [stream],
  );
  if (row) return { lastSeq: Number(row.last_seq), streamCreated: row.stream_created };
  await sql(
    em,
    `insert into ${INTAKE_POSITIONS} (stream, stream_created, last_seq, updated_at) values (?, ?, ?, ?) on conflict (stream) do nothing`,
    [stream, streamCreated, await initial(), now],
  );
  return claimPosition(em, stream, streamCreated, initial, now);
}

/**
 * The stream was recreated (its sequences restarted at 1): the position goes back to 0 in the new
 * stream, compare-and-set from the old one. Everything in the new stream is read; records charged
 * before are skipped by their id.
 */
export async function restartPosition(
  em: EntityManager,
  stream: string,
  from: IntakePosition,
  streamCreated: string,
  now: Date,
): Promise<void> {
  const moved = await sql<{ stream: string }>(
    em,
    `update ${INTAKE_POSITIONS} set last_seq = 0, stream_created = ?, updated_at = ? where stream = ? and last_seq = ? and stream_created = ? returning stream`,
    [streamCreated, now, stream, from.lastSeq, from.streamCreated],
  );
  if (!moved.length) throw new PositionMoved(stream, from.lastSeq);
}

/**
 * Moves the position from `from` to `to` inside the batch's transaction, so the batch's records and
 * the position commit together: a crash before the commit re-reads the batch, after it never does.
 * Compare-and-set: a reader whose `from` is stale (another took over) throws, and its batch rolls back.
 */
export async function advancePosition(
  em: EntityManager,
  stream: string,
  from: number,
  to: number,
  now: Date,
): Promise<void> {
  const moved = await sql<{ stream: string }>(
    em,
    `update ${INTAKE_POSITIONS} set last_seq = ?, updated_at = ? where stream = ? and last_seq = ? returning stream`,
    [to, now, stream, from],
  );
  if (!moved.length) throw new PositionMoved(stream, from);
}
