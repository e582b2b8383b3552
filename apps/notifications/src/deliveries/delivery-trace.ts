import { Logger } from '@nestjs/common';
import {
  continueTrace,
  exportingSpans,
  formatTraceparent,
  runHop,
  runWithTrace,
  TRACEPARENT_HEADER,
  TraceContext,
} from '@did/service-kit';
import type { ClaimedDelivery } from './delivery-claims';
import type { SendResult } from './webhook-sender';

const logger = new Logger('WebhookDelivery');

/**
 * The trace of one POST: the event's cause's trace with a span of its own, so the receiver (and our
 * delivery log) can tie a webhook back to the API call behind it. Null for an event nothing traced caused.
 */
export function traceOfAttempt(delivery: Pick<ClaimedDelivery, 'traceparent' | 'requestId'>): TraceContext | null {
  return delivery.traceparent ? continueTrace(delivery.traceparent, delivery.requestId) : null;
}

/**
 * `headers` with the attempt's `traceparent` added (when it has a trace). With spans exported, the
 * undici instrumentation adds it instead (its own span's, inside {@link sendInTrace}'s).
 */
export function withTraceHeader(headers: Record<string, string>, trace: TraceContext | null): Record<string, string> {
  if (trace && !exportingSpans()) headers[TRACEPARENT_HEADER] = formatTraceparent(trace);
  return headers;
}

/** Sends the POST as a hop of the attempt's trace (a client span when spans are exported). */
export function sendInTrace<T>(
  delivery: ClaimedDelivery,
  trace: TraceContext | null,
  send: () => Promise<T>,
): Promise<T> {
  return trace ? runHop(`webhook ${delivery.event.type}`, 'client', trace, send) : send();
}

/** One line per attempt, in its trace: a failed delivery is found in the logs by the trace id of the API call. */
export function logAttempt(delivery: ClaimedDelivery, result: SendResult, trace: TraceContext | null): void {
  const ok = result.statusCode !== undefined && result.statusCode >= 200 && result.statusCode < 300;
  const line = {
    msg: `webhook ${delivery.event.type} ${ok ? 'delivered' : 'failed'}`,
    delivery_id: delivery.id,
    endpoint_id: delivery.endpointId,
    event_id: delivery.event.id,
    event_type: delivery.event.type,
    status_code: result.statusCode ?? null,
    latency_ms: result.latencyMs,
    ...(result.error ? { error: result.error } : {}),
  };
  const write = () => (ok ? logger.log(line) : logger.warn(line));
  if (trace) runWithTrace(trace, write);
  else write();
}
