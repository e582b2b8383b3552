/**
 * `npm run example:subscriber -- [--durable NAME] [--filter TYPE_OR_FAMILY]`: an internal subscriber.
 * Attaches a durable, explicit-ack JetStream consumer (nats.js 2.x) to the platform's event stream and
 * prints each event, validated against its contract. Stop it with Ctrl-C; start it again with the same
 * durable name and it resumes where it left off (JetStream keeps the position).
 *
 * Environment: NATS_URL (nats://127.0.0.1:4222), NATS_PREFIX (did), DURABLE, FILTER (e.g. `api_key.>`).
 */
import { AckPolicy, connect, DeliverPolicy, nanos } from 'nats';
import { allEventsSubject, eventDefinition, EventEnvelope, eventSubject, eventsStreamName } from '@did/contracts';
import { readEnv } from '@did/config';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const url = readEnv('NATS_URL') ?? 'nats://127.0.0.1:4222';
  const prefix = readEnv('NATS_PREFIX') ?? 'did';
  const durable = arg('durable') ?? readEnv('DURABLE') ?? 'example-print-events';
  const filter = arg('filter') ?? readEnv('FILTER');
  const stream = eventsStreamName(prefix);
  const subject = filter ? eventSubject(prefix, filter) : allEventsSubject(prefix);

  const nc = await connect({ servers: url.split(','), name: durable });
  const jsm = await nc.jetstreamManager();
  // Idempotent: the first run creates the consumer, later runs attach to it and resume.
  await jsm.consumers
    .add(stream, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: subject,
      ack_wait: nanos(30_000),
    })
    .catch(async (err: Error) => {
      if (!/already in use|exists/i.test(err.message)) throw err;
    });
  const consumer = await nc.jetstream().consumers.get(stream, durable);
  const messages = await consumer.consume();
  console.log(`durable consumer ${durable} on ${stream}, subject ${subject}: waiting for events (Ctrl-C stops)`);
  const stop = () => void messages.close().then(() => nc.drain());
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  for await (const msg of messages) {
    const envelope = EventEnvelope.safeParse(msg.json());
    if (!envelope.success) {
      console.error(`seq ${msg.seq}: not an event envelope, skipped`);
      msg.term();
      continue;
    }
    const event = envelope.data;
    const contract = eventDefinition(event.type);
    const valid = contract ? contract.schema.safeParse(event.data).success : false;
    console.log(
      `${event.occurred_at} ${event.type} v${event.version} ${event.id} account=${event.account_id ?? '-'}${contract ? (valid ? '' : ' (payload does not match its contract)') : ' (type unknown to this build)'}`,
    );
    console.log(`  ${JSON.stringify(event.data)}`);
    msg.ack();
  }
}

main().catch((err: Error) => {
  console.error(`print-events: ${err.message}`);
  process.exit(1);
});
