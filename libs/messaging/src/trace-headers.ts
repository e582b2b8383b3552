import { headers, MsgHdrs } from 'nats';
import type { EventEnvelope } from '@did/contracts';
import {
  continueTrace,
  currentTrace,
  formatTraceparent,
  REQUEST_ID_HEADER,
  TRACEPARENT_HEADER,
  TraceContext,
} from '@did/service-kit';

/**
 * NATS headers carrying `trace` (the current one by default) to the next hop: its `traceparent` and
 * request id, added to `into` when given. Undefined outside any trace, so untraced work pays nothing.
 */
export function traceHeaders(trace: TraceContext | undefined = currentTrace(), into?: MsgHdrs): MsgHdrs | undefined {
  if (!trace) return into;
  const h = into ?? headers();
  h.set(TRACEPARENT_HEADER, formatTraceparent(trace));
  if (trace.requestId) h.set(REQUEST_ID_HEADER, trace.requestId);
  return h;
}

/** The context of a hop that received `h`: the sender's trace with a span of its own, or a new trace. */
export function traceFromHeaders(h: MsgHdrs | undefined): TraceContext {
  return continueTrace(h?.get(TRACEPARENT_HEADER), h?.get(REQUEST_ID_HEADER) || undefined);
}

/** Whether `h` carries a trace (a hop that received none may choose not to start one). */
export function hasTrace(h: MsgHdrs | undefined): boolean {
  return Boolean(h?.has(TRACEPARENT_HEADER));
}

/** The context a consumer handles `event` in: the trace of its cause (a new trace when it has none). */
export function traceOfEvent(event: Pick<EventEnvelope, 'trace'>): TraceContext {
  return continueTrace(event.trace?.traceparent, event.trace?.request_id);
}
