import { NatsConnection } from 'nats';
import { eventsStreamName } from '@did/contracts';
import { sleep } from '../dev/probe';
import type { Query } from './checks/check';

const POLL_MS = 1_000;
const PROGRESS_EVERY_MS = 15_000;

/**
 * Waits until the fleet has nothing left in between: no order placing, no number or payment pending,
 * every outbox published, every durable consumer caught up, no webhook delivery pending, every stream
 * replica current. A consumer killed holding events gets them again after JetStream's ack wait (30 s).
 * Returns what was still unsettled at the deadline (nothing when it settled) and how long it took.
 */
export async function settle(
  q: Query,
  nc: NatsConnection,
  prefix: string,
  timeoutMs: number,
  progress: (line: string) => void,
): Promise<{ unsettled: string[]; tookMs: number }> {
  const began = Date.now();
  let told = began;
  for (;;) {
    const unsettled = await whatIsUnsettled(q, nc, prefix).catch((err: Error) => [`cannot tell yet: ${err.message}`]);
    if (!unsettled.length || Date.now() - began > timeoutMs) return { unsettled, tookMs: Date.now() - began };
    if (Date.now() - told > PROGRESS_EVERY_MS) {
      told = Date.now();
      progress(`still settling after ${Math.round((told - began) / 1000)} s: ${unsettled.join('; ')}`);
    }
    await sleep(POLL_MS);
  }
}

async function whatIsUnsettled(q: Query, nc: NatsConnection, prefix: string): Promise<string[]> {
  const found: string[] = [];
  const [rows] = await q<Record<string, number>>(
    `select (select count(*)::int from ordering.number_orders where status = 'placing') as orders_placing,
            (select count(*)::int from ordering.order_numbers where status = 'pending') as order_numbers_pending,
            (select count(*)::int from inventory.numbers where state = 'pending_purchase') as numbers_pending_purchase,
            (select count(*)::int from ordering.payments where status = 'pending') as payments_pending,
            (select count(*)::int from notifications.webhook_deliveries where status = 'pending') as webhook_deliveries_pending`,
  );
  for (const [what, n] of Object.entries(rows)) if (n > 0) found.push(`${what} ${n}`);
  const outboxes = await q<{ schema: string }>(
    `select table_schema as schema from information_schema.tables where table_name = 'outbox_events'`,
  );
  for (const { schema } of outboxes) {
    const [{ n }] = await q<{ n: number }>(
      `select count(*)::int as n from "${schema}".outbox_events where published_at is null`,
    );
    if (n > 0) found.push(`${schema} outbox ${n} unpublished`);
  }
  const jsm = await nc.jetstreamManager();
  const stream = eventsStreamName(prefix);
  for (const c of (await jsm.consumers.list(stream).next()).filter((c) => c.config.durable_name)) {
    if (c.num_pending > 0 || c.num_ack_pending > 0)
      found.push(`consumer ${c.name}: ${c.num_pending} pending, ${c.num_ack_pending} unacknowledged`);
  }
  const info = await jsm.streams.info(stream);
  const behind = (info.cluster?.replicas ?? []).filter((p) => !p.current || p.offline);
  if (behind.length) found.push(`stream replicas not current: ${behind.map((p) => p.name).join(', ')}`);
  return found;
}
