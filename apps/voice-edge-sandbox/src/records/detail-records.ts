import {
  CallRecordV1,
  MessageRecordV1,
  ResolveAction,
  ResolveReply,
  UsageDirection,
  UsageRecordKind,
} from '@did/contracts';
import { sortableId } from '@did/service-kit';

/** SIP-style cause of a call that ended normally. */
export const NORMAL_CLEARING = 'normal_clearing';
/** A refusal whose resolve answer named no reason. */
export const CALL_REJECTED = 'call_rejected';
/** An announcement plays and hangs up: never longer than this. */
export const ANNOUNCEMENT_MAX_SECONDS = 30;

/** A call as the edge saw it end: the platform number, the other party, and how long it rang and talked. */
export interface FinishedCall {
  phone_number: string;
  direction: UsageDirection;
  /** The caller (inbound) or the called party (outbound, `911` for an emergency call). */
  other_party: string;
  emergency: boolean;
  ring_seconds: number;
  /** Talk time if answered. */
  talk_seconds: number;
  ended_at: Date;
}

/** The part of routing's answer a record depends on. */
export type CallDecision = Pick<ResolveReply, 'action' | 'reason' | 'cnam_lookup_enabled'>;

/** Record ids are the edge's: time-ordered, and distinct for calls (`cdr_`) and messages (`mdr_`). */
export function newRecordId(kind: UsageRecordKind, at: Date): string {
  return sortableId(kind === UsageRecordKind.Call ? 'cdr' : 'mdr', at);
}

/**
 * The detail record of one call. A refused call (`reject`) was never answered and costs nothing: no
 * talk time and no CNAM dip, its cause is routing's reason (e.g. `balance_owed`). Otherwise it was
 * answered after ringing and ended now; the caller's name was looked up on inbound calls when routing
 * has CNAM lookups on for the number.
 */
export function callRecord(recordId: string, call: FinishedCall, decision: CallDecision): CallRecordV1 {
  const inbound = call.direction === UsageDirection.Inbound;
  const ends = {
    record_id: recordId,
    kind: UsageRecordKind.Call,
    phone_number: call.phone_number,
    direction: call.direction,
    from: inbound ? call.other_party : call.phone_number,
    to: inbound ? call.phone_number : call.other_party,
    connection_id: null,
    emergency: call.emergency,
  } as const;
  const endedAt = call.ended_at.toISOString();
  if (decision.action === ResolveAction.Reject) {
    return {
      ...ends,
      started_at: endedAt,
      answered_at: null,
      ended_at: endedAt,
      billable_seconds: 0,
      hangup_cause: decision.reason ?? CALL_REJECTED,
      cnam_lookup: false,
    };
  }
  const talk =
    decision.action === ResolveAction.Announcement
      ? Math.min(call.talk_seconds, ANNOUNCEMENT_MAX_SECONDS)
      : call.talk_seconds;
  const answeredMs = call.ended_at.getTime() - talk * 1000;
  return {
    ...ends,
    started_at: new Date(answeredMs - call.ring_seconds * 1000).toISOString(),
    answered_at: new Date(answeredMs).toISOString(),
    ended_at: endedAt,
    billable_seconds: talk,
    hangup_cause: NORMAL_CLEARING,
    cnam_lookup: inbound && !call.emergency && decision.cnam_lookup_enabled,
  };
}

/** A message as the edge saw it go through. */
export interface SentMessage {
  phone_number: string;
  direction: UsageDirection;
  other_party: string;
  parts: number;
  sent_at: Date;
}

export function messageRecord(recordId: string, message: SentMessage): MessageRecordV1 {
  const inbound = message.direction === UsageDirection.Inbound;
  return {
    record_id: recordId,
    kind: UsageRecordKind.Message,
    phone_number: message.phone_number,
    direction: message.direction,
    from: inbound ? message.other_party : message.phone_number,
    to: inbound ? message.phone_number : message.other_party,
    sent_at: message.sent_at.toISOString(),
    parts: message.parts,
    connection_id: null,
  };
}
