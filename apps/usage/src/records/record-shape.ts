import { z } from 'zod';
import type { UsageRecordV1 } from '@did/contracts';

/*
 * A fast check of the well-formed shape of UsageRecordV1 (libs/contracts), for the intake's hot path:
 * zod's safeParse costs several microseconds a record, more than JSON.parse itself. The contract's
 * zod schema stays the one source of truth: a value this check accepts, zod accepts with the same
 * output (record-shape.spec.ts checks it on arbitrary and near-miss values); anything else (an unknown
 * key, a missing field, any doubt) goes to zod, which decides and words the rule broken.
 */

const RECORD_ID = /^[A-Za-z0-9_.:-]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;
/** zod's own pattern for `z.iso.datetime({ offset: true })`, as the contract declares its times. */
const DATETIME = z.regexes.datetime({ offset: true });

const CALL_KEYS = new Set([
  'record_id',
  'kind',
  'phone_number',
  'direction',
  'from',
  'to',
  'started_at',
  'answered_at',
  'ended_at',
  'billable_seconds',
  'connection_id',
  'hangup_cause',
  'cnam_lookup',
  'emergency',
]);
const MESSAGE_KEYS = new Set([
  'record_id',
  'kind',
  'phone_number',
  'direction',
  'from',
  'to',
  'sent_at',
  'parts',
  'connection_id',
]);

const isString = (v: unknown, max: number, min = 0): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const isTime = (v: unknown): boolean => typeof v === 'string' && DATETIME.test(v);
const isIntIn = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
/** A boolean, or left out (the contract defaults it). */
const isFlag = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const hasOnly = (o: Record<string, unknown>, keys: Set<string>): boolean => {
  for (const key in o) if (!keys.has(key)) return false;
  return true;
};

/**
 * `value` (fresh from JSON.parse, owned by the caller) as a UsageRecordV1 if it plainly is one, its
 * defaults filled in place; null when zod has to decide (malformed, or merely unusual).
 */
export function wellFormedRecord(value: unknown): UsageRecordV1 | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  if (!isString(o.record_id, 128, 1) || !RECORD_ID.test(o.record_id)) return null;
  if (typeof o.phone_number !== 'string' || !E164.test(o.phone_number)) return null;
  if (o.direction !== 'inbound' && o.direction !== 'outbound') return null;
  if (!isString(o.from, 64) || !isString(o.to, 64)) return null;
  if (o.connection_id !== null && !isString(o.connection_id, 64)) return null;
  if (o.kind === 'call') {
    if (!hasOnly(o, CALL_KEYS)) return null;
    if (!isTime(o.started_at) || !isTime(o.ended_at) || (o.answered_at !== null && !isTime(o.answered_at))) return null;
    if (!isIntIn(o.billable_seconds, 0, 172_800) || !isString(o.hangup_cause, 64, 1)) return null;
    if (!isFlag(o.cnam_lookup) || !isFlag(o.emergency)) return null;
    // zod's .default(false), for a flag left out.
    o.cnam_lookup ??= false;
    o.emergency ??= false;
    return o as unknown as UsageRecordV1;
  }
  if (o.kind === 'message') {
    if (!hasOnly(o, MESSAGE_KEYS)) return null;
    if (!isTime(o.sent_at) || !isIntIn(o.parts, 1, 100)) return null;
    return o as unknown as UsageRecordV1;
  }
  return null;
}
