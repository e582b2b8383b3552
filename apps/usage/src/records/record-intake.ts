import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { AckPolicy, ConsumerMessages, DeliverPolicy, JsMsg, nanos, NatsConnection } from 'nats';
import { allUsageRecordsSubject, UsageRecordV1 } from '@did/contracts';
import { ensureUsageRecordsStream, isTransientError, MESSAGING_OPTIONS, MessagingModuleOptions, NATS_CONNECTION, retryDelayMs } from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { USAGE_CONFIG, UsageConfig } from '../config';
import { UsageCharger } from '../rating/usage-charger';
import { inConcurrentBatches } from './concurrent-batches';
import { Hold, holdRecords } from './held-records';
import { parseRecord } from './record-parser';

/** WARNING: JetStream keeps the intake's position under this name; renaming it re-reads the stream (harmless: duplicates are skipped, but slow). */
export const RECORD_INTAKE_DURABLE = 'usage-rating';

/**
 * Takes the edge's detail records off JetStream in batches and charges each batch in one
 * transaction, acknowledging only after commit: a crash re-delivers the batch and the record ids
 * make the repeat a no-op. The database being unreachable is retried for as long as it lasts; a
 * record the database refuses for good is held with the reason, so one bad record never blocks the rest.
 */
@Injectable()
export class RecordIntake implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('RecordIntake');
  private messages: ConsumerMessages | null = null;
  private loop: Promise<void> | null = null;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    @Inject(USAGE_CONFIG) private readonly config: UsageConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly charger: UsageCharger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const jsm = await this.nc.jetstreamManager();
    const stream = await ensureUsageRecordsStream(jsm, this.options.prefix, this.options.duplicateWindowSeconds, this.options.streamReplicas);
    const config = {
      durable_name: RECORD_INTAKE_DURABLE,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: allUsageRecordsSubject(this.options.prefix),
      max_deliver: -1,
      ack_wait: nanos(this.config.USAGE_ACK_WAIT_MS),
      // The batches in flight, the one being gathered and the client's read-ahead.
      max_ack_pending: this.config.USAGE_BATCH_SIZE * (this.config.USAGE_BATCHES_IN_FLIGHT + 3),
    };
    try {
      await jsm.consumers.info(stream, RECORD_INTAKE_DURABLE);
      await jsm.consumers.update(stream, RECORD_INTAKE_DURABLE, { ack_wait: config.ack_wait, max_ack_pending: config.max_ack_pending });
    } catch (err) {
      if (!/not found/i.test((err as Error).message)) throw err;
      await jsm.consumers.add(stream, config);
    }
    const consumer = await this.nc.jetstream().consumers.get(stream, RECORD_INTAKE_DURABLE);
    // Short pull expiry: a replica killed with a pull open keeps receiving (into the void) until it expires.
    this.messages = await consumer.consume({ max_messages: this.config.USAGE_BATCH_SIZE * 2, expires: 5_000 });
    this.loop = inConcurrentBatches(this.messages, this.config.USAGE_BATCH_SIZE, this.config.USAGE_BATCHES_IN_FLIGHT, (batch) => this.process(batch));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.messages?.close();
    await this.loop;
  }

  /**
   * Charges a batch; on a lasting failure, one record at a time so only the bad one is held. Each
   * message is acknowledged on its own (never AckAll: another replica shares the durable, and batches
   * here commit in any order) and only once its batch has committed.
   */
  private async process(msgs: JsMsg[]): Promise<void> {
    try {
      await this.chargeOnce(msgs);
      for (const msg of msgs) msg.ack();
    } catch (err) {
      if (isTransientError(err)) {
        const delay = retryDelayMs(msgs[0].info.redeliveryCount, this.config.USAGE_RETRY_MAX_MS);
        this.logger.warn(`a batch of ${msgs.length} records failed transiently, retry in ${delay} ms: ${(err as Error).message}`);
        for (const msg of msgs) msg.nak(delay);
        return;
      }
      if (msgs.length > 1) {
        for (const msg of msgs) await this.process([msg]);
        return;
      }
      await this.holdRefused(msgs[0], err as Error);
    }
  }

  private async chargeOnce(msgs: JsMsg[]): Promise<void> {
    const records: UsageRecordV1[] = [];
    // The message of each record: its text is decoded again only for a record held (rare), not kept through the transaction.
    const sources: JsMsg[] = [];
    const holds: Hold[] = [];
    for (const msg of msgs) {
      const parsed = parseRecord(msg.string(), () => msg.headers?.get('Nats-Msg-Id') || undefined);
      if (parsed.ok) {
        records.push(parsed.record);
        sources.push(msg);
      } else holds.push(parsed.hold);
    }
    await this.orm.em.fork().transactional(async (tx) => {
      await holdRecords(tx, holds, this.clock.now());
      await this.charger.charge(tx, records, (_, i) => sources[i].string());
    });
  }

  /** A record the database refuses deterministically is kept aside with the reason, then acknowledged. */
  private async holdRefused(msg: JsMsg, err: Error): Promise<void> {
    this.logger.error(`record ${msg.headers?.get('Nats-Msg-Id') ?? msg.seq} refused, held: ${err.message}`);
    try {
      await this.orm.em.fork().transactional((tx) =>
        holdRecords(tx, [{ recordId: msg.headers?.get('Nats-Msg-Id') || null, e164: null, recordTime: null, reason: `rejected: ${err.message}`, payload: msg.string() }], this.clock.now()),
      );
      msg.ack();
    } catch (holdErr) {
      this.logger.error(`cannot hold record ${msg.seq}: ${(holdErr as Error).message}`);
      msg.nak(retryDelayMs(msg.info.redeliveryCount, this.config.USAGE_RETRY_MAX_MS));
    }
  }
}
