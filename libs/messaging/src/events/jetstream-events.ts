import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  OnApplicationBootstrap,
  OnModuleInit,
  Optional,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { JetStreamClient, JetStreamManager, NatsConnection } from 'nats';
import { CLOCK, Clock, systemClock } from '@did/service-kit';
import { MESSAGING_OPTIONS, NATS_CONNECTION } from '../messaging.options';
import type { MessagingModuleOptions } from '../messaging.module';
import { ensureEventsStream } from './events-stream';
import { OutboxRelay, OutboxRelayHooks } from './outbox-relay';
import { ConsumerHandle, DurableConsumerSpec, EventConsumerRunner } from './event-consumer';
import { MessagingRetention } from './messaging-retention';
import { DeadLetters } from './dead-letters';
import { ConsumerLag, consumerLag, MessagingBacklog, messagingBacklog } from './messaging-health';
import { PlainResponder } from '../rpc/plain-responder';
import {
  deadLettersPattern,
  ListDeadLettersRequestSchema,
  parseOrThrow,
  RedriveDeadLetterRequestSchema,
} from '@did/contracts';

/** Test seam: hooks handed to the outbox relay (see {@link OutboxRelayHooks}). */
export const OUTBOX_RELAY_HOOKS = Symbol('OUTBOX_RELAY_HOOKS');

/**
 * The durable-events side of a service: makes sure the stream exists, runs the outbox relay while
 * the service is up, and starts the durable consumers features register. Services without a
 * database (no MikroORM) get the stream only.
 */
@Injectable()
export class JetStreamEvents implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly js: JetStreamClient;
  private jsm!: JetStreamManager;
  private relay: OutboxRelay | null = null;
  private retention: MessagingRetention | null = null;
  /** Every durable this service consumes, by name (inbox rows are purged by it; dead letters re-driven through it). */
  private readonly specs = new Map<string, DurableConsumerSpec>();
  private readonly responders: PlainResponder[] = [];
  private readonly pending: DurableConsumerSpec[] = [];
  private readonly running: ConsumerHandle[] = [];
  private started = false;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    @Optional() private readonly orm?: MikroORM,
    @Optional() @Inject(CLOCK) private readonly clock: Clock = systemClock,
    @Optional() @Inject(OUTBOX_RELAY_HOOKS) private readonly hooks?: OutboxRelayHooks,
  ) {
    this.js = nc.jetstream();
  }

  async onModuleInit(): Promise<void> {
    this.jsm = await this.nc.jetstreamManager();
    await ensureEventsStream(
      this.jsm,
      this.options.prefix,
      this.options.duplicateWindowSeconds,
      this.options.streamReplicas,
    );
  }

  /** Registers a durable consumer; it starts with the application (or at once if already started). */
  async consume(spec: DurableConsumerSpec): Promise<void> {
    this.specs.set(spec.durable, spec);
    if (this.started) this.running.push(await this.runner().start(spec));
    else this.pending.push(spec);
  }

  /** Wakes the outbox relay so an event committed just now goes out without waiting for the poll. */
  publishSoon(): void {
    this.relay?.kick();
  }

  /** The relay itself, for tests and tools that want to drain the outbox synchronously. */
  outboxRelay(): OutboxRelay | null {
    return this.relay;
  }

  /** The purge of the outbox, inbox and dead letters, for tests and tools that run it by hand. */
  messagingRetention(): MessagingRetention | null {
    return this.retention;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.orm) {
      this.relay = new OutboxRelay(this.orm, this.js, {
        prefix: this.options.prefix,
        pollMs: this.options.outboxPollMs,
        hooks: this.hooks,
      });
      this.relay.start();
      this.retention = new MessagingRetention(this.orm, this.clock, {
        outboxRetentionDays: this.options.outboxRetentionDays ?? 7,
        intervalMs: this.options.messagingPurgeIntervalMs ?? 3_600_000,
        consumers: () => [...this.specs.keys()],
      });
      this.retention.start();
      this.answerDeadLetters(this.orm);
    }
    this.started = true;
    for (const spec of this.pending.splice(0)) this.running.push(await this.runner().start(spec));
  }

  /** The outbox and dead-letter backlog of this service (null without a database), for metrics. */
  backlog(): Promise<MessagingBacklog | null> {
    return this.orm ? messagingBacklog(this.orm, this.clock.now()) : Promise.resolve(null);
  }

  /** The lag of each durable this service consumes, for metrics. */
  consumerLag(): Promise<ConsumerLag[]> {
    return consumerLag(this.jsm, this.options.prefix, [...this.specs.keys()]);
  }

  /** Whether a round trip to the NATS server completes within `timeoutMs` (while disconnected, the client holds it until it reconnects). */
  async natsReachable(timeoutMs: number): Promise<boolean> {
    if (this.nc.isClosed()) return false;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([
        this.nc.flush().then(
          () => true,
          () => false,
        ),
        late,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The dead letters of this service, for operators (through the gateway or the service's CLI). */
  deadLetters(): DeadLetters | null {
    return this.orm
      ? new DeadLetters(
          this.options.service,
          this.orm,
          () => this.runner(),
          () => this.specs,
        )
      : null;
  }

  private answerDeadLetters(orm: MikroORM): void {
    const letters = new DeadLetters(
      this.options.service,
      orm,
      () => this.runner(),
      () => this.specs,
    );
    this.responders.push(
      new PlainResponder(deadLettersPattern(this.options.service, 'list'), (data) =>
        letters.list(parseOrThrow(ListDeadLettersRequestSchema, data)),
      ),
      new PlainResponder(deadLettersPattern(this.options.service, 'redrive'), (data) =>
        letters.redrive(parseOrThrow(RedriveDeadLetterRequestSchema, data)),
      ),
    );
    for (const r of this.responders) r.start(this.nc, this.options);
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const r of this.responders.splice(0)) r.stop();
    await Promise.all(this.running.splice(0).map((h) => h.stop()));
    await this.relay?.stop();
    await this.retention?.stop();
  }

  private runner(): EventConsumerRunner {
    if (!this.orm) throw new Error('Durable consumers need MikroORM (the inbox lives in the service schema)');
    return new EventConsumerRunner(this.orm, this.js, this.jsm, this.options.prefix, this.clock, this.options.service);
  }
}
