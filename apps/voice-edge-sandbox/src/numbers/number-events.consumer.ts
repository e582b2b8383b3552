import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConsumerMessages, JsMsg, NatsConnection } from 'nats';
import { z } from 'zod';
import {
  EventEnvelope,
  Events,
  eventsStreamName,
  eventSubject,
  NumberActivatedV1,
  NumberReleasedV1,
} from '@did/contracts';
import { NATS_CONNECTION } from '@did/messaging';
import { EDGE_CONFIG, VoiceEdgeSandboxConfig } from '../config';
import { ActiveNumbers } from './active-numbers';

interface Subscription<T = unknown> {
  type: string;
  schema: z.ZodType<T>;
  apply: (seq: number, data: T) => void;
}

function subscription<T>(type: string, schema: z.ZodType<T>, apply: (seq: number, data: T) => void): Subscription {
  return { type, schema, apply: apply as Subscription['apply'] };
}

/**
 * Learns which numbers are active from inventory's events. The sandbox owns no database, so instead of
 * a durable consumer and an inbox it reads the events stream from its start on ephemeral ordered
 * consumers (one per type: the NATS 2.9 servers we run take one filter subject per consumer) and
 * rebuilds the set in memory on every start. Nothing is acknowledged, so it never moves anyone's position.
 */
@Injectable()
export class NumberEventsConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NumberEvents');
  private readonly running: { messages: ConsumerMessages; done: Promise<void> }[] = [];

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(EDGE_CONFIG) private readonly config: VoiceEdgeSandboxConfig,
    private readonly numbers: ActiveNumbers,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const subscriptions = [
      subscription(Events.NumberActivated.type, NumberActivatedV1, (seq, data) =>
        this.numbers.activate(seq, {
          number_id: data.number_id,
          phone_number: data.phone_number,
          account_id: data.account_id,
          country_code: data.country_code,
          activated_at: data.activated_at,
        }),
      ),
      subscription(Events.NumberReleased.type, NumberReleasedV1, (seq, data) =>
        this.numbers.release(seq, data.phone_number),
      ),
    ];
    const js = this.nc.jetstream();
    const stream = eventsStreamName(this.config.NATS_PREFIX);
    for (const subscription of subscriptions) {
      const consumer = await js.consumers.get(stream, {
        name_prefix: 'voice-edge-sandbox',
        filterSubjects: eventSubject(this.config.NATS_PREFIX, subscription.type),
      });
      const messages = await consumer.consume();
      this.running.push({ messages, done: this.read(messages, subscription) });
    }
  }

  async onModuleDestroy(): Promise<void> {
    const running = this.running.splice(0);
    for (const { messages } of running) messages.stop();
    await Promise.all(running.map(({ done }) => done));
  }

  private async read(messages: ConsumerMessages, subscription: Subscription): Promise<void> {
    try {
      for await (const msg of messages) this.handle(msg, subscription);
    } catch (err) {
      this.logger.error(`${subscription.type} consumer stopped: ${(err as Error).message}`);
    }
  }

  private handle(msg: JsMsg, subscription: Subscription): void {
    let envelope: EventEnvelope;
    try {
      envelope = EventEnvelope.parse(msg.json());
    } catch {
      return this.logger.warn(
        `skipped a ${subscription.type} message at stream sequence ${msg.seq}: not an event envelope`,
      );
    }
    const data = subscription.schema.safeParse(envelope.data);
    if (!data.success)
      return this.logger.warn(
        `skipped ${subscription.type} ${envelope.id} (version ${envelope.version}): ${data.error.issues[0]?.message}`,
      );
    subscription.apply(msg.seq, data.data);
  }
}
