import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { JetStreamEvents, MessagingBacklog } from '@did/messaging';
import { sharedRead } from '@did/service-kit';
import type { ReadinessProbe } from './readiness';

/**
 * The Prometheus registry of one service: process metrics (CPU, memory, event-loop lag, GC) and the
 * messaging state worth alerting on, read at scrape time (no background polling): outbox backlog and
 * the age of its oldest row, dead letters, and each durable consumer's lag and redeliveries. The
 * gauges of one source share its read: a scrape reads the backlog once and the consumers' lag once.
 * A read that fails leaves its gauges NaN (unknown) or, for the lag, without series, and never fails
 * the scrape: with the database down, /metrics must still answer `did_service_ready 0`.
 */
export function serviceMetrics(service: string, events: JetStreamEvents | null, readiness: ReadinessProbe): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: 'did_service_ready',
    help: '1 when /health/ready would answer 200 (database, migrations, NATS), else 0.',
    registers: [registry],
    async collect() {
      this.set((await readiness.check()).status === 'ready' ? 1 : 0);
    },
  });
  if (!events) return registry;
  const backlog = sharedRead(() => events.backlog());
  const consumerLag = sharedRead(() => events.consumerLag());

  const backlogGauges: { name: string; help: string; pick: (b: MessagingBacklog) => number }[] = [
    {
      name: 'did_outbox_unpublished_events',
      help: 'Outbox rows committed but not yet published to JetStream.',
      pick: (b) => b.outboxUnpublished,
    },
    {
      name: 'did_outbox_oldest_unpublished_age_seconds',
      help: 'Age of the oldest unpublished outbox row (0 when none): grows when the relay or NATS is stuck.',
      pick: (b) => b.oldestUnpublishedAgeSeconds,
    },
    {
      name: 'did_dead_letters',
      help: "Events this service's consumers gave up on, kept until re-driven (alert on any).",
      pick: (b) => b.deadLetters,
    },
  ];
  for (const { name, help, pick } of backlogGauges) {
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        try {
          const read = await backlog();
          if (read) this.set(pick(read));
        } catch {
          this.set(NaN);
        }
      },
    });
  }
  const lagGauge = (
    name: string,
    help: string,
    pick: (l: { pending: number; ackPending: number; redelivered: number }) => number,
  ) =>
    new Gauge({
      name,
      help,
      labelNames: ['durable'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const lag of await consumerLag().catch(() => [])) this.set({ durable: lag.durable }, pick(lag));
      },
    });
  lagGauge(
    'did_consumer_pending_messages',
    'Events on the stream a durable consumer has not been delivered yet.',
    (l) => l.pending,
  );
  lagGauge(
    'did_consumer_ack_pending_messages',
    'Events delivered to a durable consumer and not yet acknowledged.',
    (l) => l.ackPending,
  );
  lagGauge(
    'did_consumer_redelivered_messages',
    'Unacknowledged events delivered more than once (a consumer failing or retrying).',
    (l) => l.redelivered,
  );
  return registry;
}
