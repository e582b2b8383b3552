import type { Delivery } from '@did/contracts';
import type { DeliveryWithAttempts } from './deliveries.service';

export function presentDelivery({ delivery: d, attempts }: DeliveryWithAttempts): Delivery {
  return {
    id: d.id,
    record_type: 'webhook_delivery',
    endpoint_id: d.endpointId,
    event_id: d.eventId,
    event_type: d.eventType,
    status: d.status,
    attempt_count: d.attemptCount,
    next_attempt_at: d.nextAttemptAt?.toISOString() ?? null,
    attempts: attempts.map((a) => ({
      attempted_at: a.attemptedAt.toISOString(),
      status_code: a.statusCode,
      latency_ms: a.latencyMs,
      error: a.error,
      trace_id: a.traceId,
    })),
    created_at: d.createdAt.toISOString(),
    updated_at: d.updatedAt.toISOString(),
  };
}
