import { Logger } from '@nestjs/common';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AckPolicy, ConsumerConfig, DeliverPolicy, JetStreamClient, JetStreamManager, JsMsg, nanos } from 'nats';
import { allEventsSubject, EventEnvelope, Events, eventSubject, eventsStreamName } from '@did/contracts';
import { Clock, runHop } from '@did/service-kit';
import { sql } from '@did/persistence';
import { inBatches } from './message-batches';
import { appendToOutbox } from './outbox';
import { isTransientError, retryDelayMs } from './transient-errors';
import { traceOfEvent } from '../trace-headers';

/** In `eventTypes`, stands for every event type (including types this build does not know yet). */
export const ALL_EVENT_TYPES = '*';

/** Handles one event inside the transaction that also records it in the inbox. */
export type EventHandler = (event: EventEnvelope, em: EntityManager) => Promise<void>;

export interface DurableConsumerSpec {
  /**
   * Durable consumer name, unique per purpose (e.g. `ordering-wallets`). WARNING: JetStream keeps the
   * consumer's position under this name; renaming it replays or skips events.
   */
  durable: string;
  /** Event types to receive; other events on the stream are acknowledged and skipped. `['*']` receives every event. */
  eventTypes: string[];
  handler: EventHandler;
  /**
   * Attempts before an event whose handler fails the same way each time goes to the dead-letter
   * table (default 5). A transient failure (database or NATS unreachable, timeout, deadlock) never
   * counts: it is retried for as long as it takes.
   */
  maxDeliver?: number;
  /** Delay before each redelivery after a deterministic failure, in ms; the last value repeats (default 1 s, 5 s, 30 s, 2 min). */
  backoffMs?: number[];
  /** Longest delay between retries of a transient failure (default 60 s). */
  transientRetryMaxMs?: number;
  /**
   * Up to this many events already received are handled in one transaction (default 1: one each). The
   * handler then shares its EntityManager with the batch's other events. When the batch transaction
   * fails, its events are handled again one at a time, so only the failing one is retried or dead-lettered.
   */
  batchSize?: number;
  /**
   * With batchSize: handles a batch's new events at once (set-based writes), in the batch transaction;
   * `handler` still handles each event of the one-at-a-time path (a failed batch, a redelivery).
   */
  batchHandler?: (events: EventEnvelope[], em: EntityManager) => Promise<void>;
  /**
   * With batchSize: up to this many batches are handled at once, each in its own transaction (default 1:
   * one after the other). While one batch waits on the database, the next one is read and written, but
   * batches then commit in any order: only for consumers whose events do not depend on each other's order.
   */
  batchesInFlight?: number;
}

export interface ConsumerHandle {
  stop(): Promise<void>;
}

/**
 * Runs durable, explicit-ack JetStream consumers with exactly-once effects: the handler's writes and
 * the inbox record commit together, so a redelivered event is skipped. A transient failure is retried
 * with capped backoff for as long as it lasts (JetStream's max_deliver is unlimited); a handler that
 * fails deterministically parks the event in the dead-letter table after `maxDeliver` attempts, the
 * row written before the message is terminated.
 */
export class EventConsumerRunner {
  private readonly logger = new Logger('EventConsumer');

  constructor(
    private readonly orm: MikroORM,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly prefix: string,
    private readonly clock: Clock,
    /** The service running it: the producer of dead_letter.created. Only a test of the runner alone leaves it out (then no event is published). */
    private readonly service?: string,
  ) {}

  async start(spec: DurableConsumerSpec): Promise<ConsumerHandle> {
    const stream = eventsStreamName(this.prefix);
    const maxDeliver = spec.maxDeliver ?? 5;
    const backoffMs = spec.backoffMs ?? [1_000, 5_000, 30_000, 120_000];
    const config: Partial<ConsumerConfig> = {
      durable_name: spec.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject:
        spec.eventTypes.length === 1 && spec.eventTypes[0] !== ALL_EVENT_TYPES
          ? eventSubject(this.prefix, spec.eventTypes[0])
          : allEventsSubject(this.prefix),
      // Unlimited: this runner decides when to give up (only on deterministic failures), never JetStream.
      // (JetStream refuses a backoff list with unlimited deliveries: a message held by a process that died
      // comes back after ack_wait; every other retry is this runner's nak with its own delay.)
      max_deliver: -1,
      backoff: [],
      ack_wait: nanos(Math.max(backoffMs[0], 30_000)),
    };
    await this.upsertConsumer(stream, spec.durable, config);
    const consumer = await this.js.consumers.get(stream, spec.durable);
    const batchSize = spec.batchSize ?? 1;
    const batchesInFlight = batchSize > 1 ? (spec.batchesInFlight ?? 1) : 1;
    // Enough read ahead that each batch in flight, and the one after them, can be full (64 for smaller batches, as before).
    const messages = await consumer.consume({ max_messages: Math.max(64, batchSize * (batchesInFlight + 1)) });
    const wanted = new Set(spec.eventTypes);
    const transientMaxMs = spec.transientRetryMaxMs ?? 60_000;
    const handleOne = (msg: JsMsg) =>
      this.handle(msg, spec, wanted, maxDeliver, backoffMs, transientMaxMs).catch((err: Error) => {
        // The dead-letter row could not be written: the message is not terminated, it comes back later.
        this.logger.error(`${spec.durable}: cannot process message ${msg.seq}: ${err.message}`);
        msg.nak(retryDelayMs(msg.info.redeliveryCount, transientMaxMs));
      });
    const loop =
      batchSize > 1
        ? inBatches(messages, batchSize, (batch) => this.handleBatch(batch, spec, wanted, handleOne), batchesInFlight)
        : (async () => {
            for await (const msg of messages) await handleOne(msg);
          })();
    return {
      stop: async () => {
        await messages.close();
        await loop;
      },
    };
  }

  private async upsertConsumer(stream: string, durable: string, config: Partial<ConsumerConfig>): Promise<void> {
    try {
      await this.jsm.consumers.info(stream, durable);
      await this.jsm.consumers.update(stream, durable, {
        max_deliver: config.max_deliver,
        backoff: config.backoff,
        ack_wait: config.ack_wait,
        filter_subject: config.filter_subject,
      });
    } catch (err) {
      if (!/not found/i.test((err as Error).message)) throw err;
      await this.jsm.consumers.add(stream, config);
    }
  }

  /** One transaction for the batch's wanted events, acknowledged after commit; on failure, one at a time. */
  private async handleBatch(
    msgs: JsMsg[],
    spec: DurableConsumerSpec,
    wanted: Set<string>,
    handleOne: (msg: JsMsg) => Promise<void>,
  ): Promise<void> {
    const parsed: { msg: JsMsg; event: EventEnvelope }[] = [];
    for (const msg of msgs) {
      const result = EventEnvelope.safeParse(safeJson(msg));
      if (!result.success)
        await handleOne(msg); // dead-lettered there, as it would be alone
      else if (!wanted.has(result.data.type) && !wanted.has(ALL_EVENT_TYPES)) msg.ack();
      else parsed.push({ msg, event: result.data });
    }
    if (!parsed.length) return;
    try {
      await this.processBatchOnce(
        spec,
        parsed.map((p) => p.event),
      );
    } catch (err) {
      this.logger.warn(
        `${spec.durable}: a batch of ${parsed.length} failed, handling them one at a time: ${(err as Error).message}`,
      );
      for (const { msg } of parsed) await handleOne(msg);
      return;
    }
    for (const { msg } of parsed) msg.ack();
  }

  private async processBatchOnce(spec: DurableConsumerSpec, events: EventEnvelope[]): Promise<void> {
    const em = this.orm.em.fork();
    await em.transactional(async (tx) => {
      const now = this.clock.now();
      const rows = events.map((e) => ({ event_id: e.id, event_type: e.type }));
      const inserted = await sql<{ event_id: string }>(
        tx,
        `insert into ${this.table('inbox_records')} (consumer, event_id, event_type, processed_at)
         select ?, event_id, event_type, ? from jsonb_to_recordset(?::jsonb) as v(event_id text, event_type text)
         on conflict do nothing returning event_id`,
        [spec.durable, now, JSON.stringify(rows)],
      );
      // Events already in the inbox are redeliveries; an id twice in one batch is inserted (and handled) once.
      const fresh = new Set(inserted.map((r) => r.event_id));
      const toHandle = events.filter((event) => fresh.delete(event.id));
      if (spec.batchHandler) {
        if (toHandle.length) await spec.batchHandler(toHandle, tx);
        return;
      }
      for (const event of toHandle)
        await runHop(`consume ${event.type}`, 'consumer', traceOfEvent(event), () =>
          this.runLogged(spec, event, () => spec.handler(event, tx)),
        );
    });
  }

  private async handle(
    msg: JsMsg,
    spec: DurableConsumerSpec,
    wanted: Set<string>,
    maxDeliver: number,
    backoffMs: number[],
    transientMaxMs: number,
  ): Promise<void> {
    const attempt = msg.info.redeliveryCount;
    let event: EventEnvelope | undefined;
    try {
      event = EventEnvelope.parse(msg.json());
      if (!wanted.has(event.type) && !wanted.has(ALL_EVENT_TYPES)) {
        msg.ack();
        return;
      }
      await this.processOnce(spec, event);
      msg.ack();
    } catch (err) {
      // The inbox write or the commit failing is never the event's fault; the handler's own error is judged by its kind.
      const transient = err instanceof HandlerFailure ? isTransientError(err.cause) : true;
      if (event !== undefined && transient) {
        const delay = retryDelayMs(attempt, transientMaxMs);
        this.logger.warn(
          `${spec.durable}: ${event.type} ${event.id} failed transiently (attempt ${attempt}), retry in ${delay} ms: ${(err as Error).message}`,
        );
        msg.nak(delay);
        return;
      }
      // A message that is not an envelope will never parse: dead-letter it at once.
      if (event === undefined || attempt >= maxDeliver) {
        await this.deadLetter(spec.durable, msg, event, err as Error, attempt);
        msg.term();
        return;
      }
      const delay = backoffMs[Math.min(attempt - 1, backoffMs.length - 1)];
      this.logger.warn(
        `${spec.durable}: ${event.type} ${event.id} failed (attempt ${attempt}/${maxDeliver}), retry in ${delay} ms: ${failureMessage(err)}`,
      );
      msg.nak(delay);
    }
  }

  private async processOnce(spec: DurableConsumerSpec, event: EventEnvelope): Promise<void> {
    await this.applyOnce(spec, event);
  }

  /**
   * Handles `event` as `spec`'s consumer would, in one transaction with its inbox row: false when the
   * inbox already had it (nothing done twice). `alongside` runs in the same transaction either way
   * (a re-driven dead letter is deleted there).
   */
  async applyOnce(
    spec: DurableConsumerSpec,
    event: EventEnvelope,
    alongside?: (tx: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    const em = this.orm.em.fork();
    return em.transactional(async (tx) => {
      const inserted = await sql<{ event_id: string }>(
        tx,
        `insert into ${this.table('inbox_records')} (consumer, event_id, event_type, processed_at) values (?, ?, ?, ?) on conflict do nothing returning event_id`,
        [spec.durable, event.id, event.type, this.clock.now()],
      );
      // In the trace of the event's cause: the handler's log lines and the events it writes carry it on.
      if (inserted.length)
        await runHop(`consume ${event.type}`, 'consumer', traceOfEvent(event), () =>
          this.runLogged(spec, event, () => runHandler(() => spec.handler(event, tx))),
        );
      await alongside?.(tx);
      return inserted.length > 0;
    });
  }

  /** Runs one event's handler; at LOG_LEVEL=debug, logs it (in the event's trace) once handled. */
  private async runLogged(spec: DurableConsumerSpec, event: EventEnvelope, run: () => Promise<void>): Promise<void> {
    await run();
    this.logger.debug({
      msg: `${spec.durable} handled ${event.type}`,
      durable: spec.durable,
      event_id: event.id,
      event_type: event.type,
    });
  }

  private async deadLetter(
    consumer: string,
    msg: JsMsg,
    event: EventEnvelope | undefined,
    err: Error,
    attempts: number,
  ): Promise<void> {
    this.logger.error(
      `${consumer}: giving up on ${event?.type ?? msg.subject} ${event?.id ?? msg.seq} after ${attempts} attempt(s): ${failureMessage(err)}`,
    );
    const now = this.clock.now();
    const row = {
      consumer,
      event_id: event?.id ?? `seq-${msg.seq}`,
      event_type: event?.type ?? 'unknown',
      error: failureMessage(err).slice(0, 2000),
    };
    // The row and its dead_letter.created event commit together: operators are told of every new dead letter exactly once
    // (a dead letter that fails again after a re-drive attempt updates its row and tells no one twice).
    await this.orm.em.fork().transactional(async (tx) => {
      const [written] = await sql<{ id: string; created: boolean }>(
        tx,
        `insert into ${this.table('dead_letters')} (consumer, event_id, event_type, subject, payload, error, attempts, failed_at) values (?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (consumer, event_id) do update set error = excluded.error, attempts = excluded.attempts, failed_at = excluded.failed_at
         returning id::text, (xmax = 0) as created`,
        [row.consumer, row.event_id, row.event_type, msg.subject, msg.string(), row.error, attempts, now],
      );
      if (!written.created || !this.service) return;
      await appendToOutbox(
        tx,
        this.service,
        Events.DeadLetterCreated,
        { dead_letter_id: written.id, service: this.service, ...row, attempts, failed_at: now.toISOString() },
        { accountId: null, partnerId: null },
        now,
      );
    });
  }

  private table(name: string): string {
    return `"${this.orm.config.get('schema')}"."${name}"`;
  }
}

/** An error thrown by a consumer's own handler (as opposed to the inbox write or the commit around it). */
class HandlerFailure extends Error {
  constructor(override readonly cause: unknown) {
    super((cause as Error)?.message ?? String(cause));
  }
}

async function runHandler(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (err) {
    throw new HandlerFailure(err);
  }
}

function failureMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function safeJson(msg: JsMsg): unknown {
  try {
    return msg.json();
  } catch {
    return undefined;
  }
}
