import { NatsConnection } from 'nats';
import { eventsStreamName, EventEnvelope } from '@did/contracts';
import type { WebhookReceiver } from '../webhook-receiver';
import type { Buyer } from '../world';
import { CheckResult } from './check';

/** What the events stream holds, read from its first message with an ordered consumer. */
export async function readEvents(nc: NatsConnection, prefix: string): Promise<EventEnvelope[]> {
  const stream = eventsStreamName(prefix);
  const total = (await (await nc.jetstreamManager()).streams.info(stream)).state.messages;
  const events: EventEnvelope[] = [];
  if (!total) return events;
  const consumer = await nc.jetstream().consumers.get(stream);
  const messages = await consumer.consume();
  for await (const m of messages) {
    events.push(m.json<EventEnvelope>());
    if (m.info.pending === 0) break;
  }
  await messages.close();
  return events;
}

/** The events each buyer's endpoint must get: about its account, and not older than the endpoint. */
export function expectedDeliveries(events: EventEnvelope[], buyer: Buyer): EventEnvelope[] {
  return events.filter(
    (e) => e.account_id === buyer.id && new Date(e.occurred_at).getTime() >= buyer.endpointCreatedAt.getTime(),
  );
}

/**
 * Every event about a subscribed account reached its endpoint (a 2xx) at least once, and every attempt
 * at one event carried the same webhook-id, equal to the event id in the body.
 */
export function checkWebhooks(events: EventEnvelope[], buyers: Buyer[], receiver: WebhookReceiver): CheckResult {
  const problems: string[] = [];
  let expected = 0;
  let missing = 0;
  for (const buyer of buyers) {
    const accepted = receiver.acceptedAt(buyer.hookPath);
    const wanted = expectedDeliveries(events, buyer);
    expected += wanted.length;
    const lost = wanted.filter((e) => !accepted.has(e.id));
    missing += lost.length;
    for (const e of lost.slice(0, 5))
      problems.push(`${buyer.label}: ${e.type} ${e.id} (${e.occurred_at}) never reached ${buyer.hookPath}`);
    if (lost.length > 5) problems.push(`${buyer.label}: ... ${lost.length - 5} more events never delivered`);
  }
  const mismatched = receiver.deliveries.filter((d) => d.webhookId !== d.eventId);
  for (const d of mismatched.slice(0, 5))
    problems.push(`webhook-id ${d.webhookId} carried event ${d.eventId} at ${d.path}`);
  const attempts = new Map<string, number>();
  for (const d of receiver.deliveries)
    attempts.set(`${d.path} ${d.webhookId}`, (attempts.get(`${d.path} ${d.webhookId}`) ?? 0) + 1);
  const repeated = [...attempts.values()].filter((n) => n > 1).length;
  const rejected = receiver.deliveries.filter((d) => d.status >= 300).length;
  return {
    name: 'every event reached its webhook endpoint at least once, same webhook-id on repeats',
    figures:
      `${events.length} events in the stream, ${expected} due to ${buyers.length} endpoints, ${expected - missing} delivered; ` +
      `${receiver.deliveries.length} requests received (${rejected} turned away with 503 on purpose), ${repeated} webhook-ids sent more than once, ${mismatched.length} with a different event id`,
    problems,
  };
}
