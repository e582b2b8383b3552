import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { DeliverPolicy, JetStreamManager, JsMsg, NatsConnection } from 'nats';
import { allUsageRecordsSubject } from '@did/contracts';
import {
  ensureUsageRecordsStream,
  isTransientError,
  MESSAGING_OPTIONS,
  MessagingModuleOptions,
  NATS_CONNECTION,
  retryDelayMs,
} from '@did/messaging';
import { CLOCK, Clock } from '@did/service-kit';
import { USAGE_CONFIG, UsageConfig } from '../config';
import { UsageCharger } from '../rating/usage-charger';
import { inFlightBatches } from './batches-in-flight';
import { holdRecords } from './held-records';
import { HeldLease, IntakeLease } from './intake-lease';
import { advancePosition, claimPosition, PositionMoved, restartPosition } from './intake-position';
import { ParsedBatch, parseBatch } from './parsed-batch';

/** WARNING: the lease's name; replicas of two versions with different names would both read (harmless: duplicates are skipped, but slower). */
export const RECORD_INTAKE_LEASE = 'usage-record-intake';
/** The durable of the intake before it kept its own position: read once, for where to start, then deleted. */
const FORMER_DURABLE = 'usage-rating';
/** Batches read at once: one committing while the next is parsed. More would only wait their turn to commit. */
const BATCHES_IN_FLIGHT = 2;

/** The intake is stopping: a batch not yet committed is left for the next reader. */
class Stopping extends Error {}

/**
 * Takes the edge's detail records off JetStream and charges them in batches, each in one
 * transaction that also moves the intake's position in the stream (usage.intake_positions). The
 * position, not per-message acknowledgements, says what is done: a crash re-reads from it, and no
 * record is acknowledged one by one (that cost a third of the intake's time: docs/benchmarks.md).
 * One replica reads at a time (it holds the lease); the others stand by and take over when it dies.
 * Batches commit in stream order. The database being unreachable is retried for as long as it
 * lasts; a record the database refuses for good is held with the reason, so one bad record never
 * blocks the rest.
 */
@Injectable()
export class RecordIntake implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('RecordIntake');
  private stopping = false;
  private leading: Promise<void> | null = null;
  private stream = '';
  /** The last sequence this reader committed: the compare-and-set's `from` for the next batch. */
  private position = 0;
  /** The commit of the batch before: each batch commits after it, so positions only move forward in order. */
  private previousCommit: Promise<void> = Promise.resolve();
  private leader = false;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    @Inject(USAGE_CONFIG) private readonly config: UsageConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly charger: UsageCharger,
  ) {}

  /** Whether this replica is the one reading (the others stand by). */
  get isLeading(): boolean {
    return this.leader;
  }

  async onApplicationBootstrap(): Promise<void> {
    const jsm = await this.nc.jetstreamManager();
    this.stream = await ensureUsageRecordsStream(
      jsm,
      this.options.prefix,
      this.options.duplicateWindowSeconds,
      this.options.streamReplicas,
    );
    this.leading = this.lead(new IntakeLease(this.config.DATABASE_URL, `${RECORD_INTAKE_LEASE}:${this.stream}`), jsm);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stepDown(true);
  }

  /** Stops reading and gives up the lease (a standby takes over); `forGood` also stops waiting for it again. */
  async stepDown(forGood = false): Promise<void> {
    this.stopping = true;
    await this.leading;
    if (!forGood) {
      this.stopping = false;
      this.leading = this.lead(
        new IntakeLease(this.config.DATABASE_URL, `${RECORD_INTAKE_LEASE}:${this.stream}`),
        await this.nc.jetstreamManager(),
        2 * this.config.USAGE_STANDBY_POLL_MS,
      );
    }
  }

  /** Waits for the lease (after `delayMs`, so a replica stepping down lets a standby take it), then reads while it holds it. */
  private async lead(lease: IntakeLease, jsm: JetStreamManager, delayMs = 0): Promise<void> {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    let failures = 0;
    while (!this.stopping) {
      const held = await lease.acquire(this.config.USAGE_STANDBY_POLL_MS, () => this.stopping);
      if (!held) return;
      this.leader = true;
      try {
        await this.readWhileHeld(held, jsm);
        failures = 0;
      } catch (err) {
        if (this.stopping) return;
        failures++;
        this.logger.error(
          `the record intake stopped reading: ${(err as Error).message}; reading again from its position`,
        );
      } finally {
        this.leader = false;
        await held.release();
      }
      if (failures) await new Promise((r) => setTimeout(r, retryDelayMs(failures, this.config.USAGE_RETRY_MAX_MS)));
    }
  }

  private async readWhileHeld(held: HeldLease, jsm: JetStreamManager): Promise<void> {
    const { position, startSeq } = await this.startingPoint(jsm);
    this.position = position;
    this.previousCommit = Promise.resolve();
    // An ordered consumer: no acknowledgements, no server-side state beyond this reader's session.
    const consumer = await this.nc.jetstream().consumers.get(this.stream, {
      // One subject as a string: the array form needs nats-server 2.10, and Debian's is 2.9 (an array there never delivers).
      filterSubjects: allUsageRecordsSubject(this.options.prefix),
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: startSeq,
    });
    let lost = false;
    let released = false;
    void held.lost.then(() => {
      if (released) return;
      lost = true;
      this.logger.warn('the intake lease was lost with its connection: stopping reading');
    });
    // One fetch per batch, so what is read ahead is bounded (nothing else bounds a reader that does not acknowledge).
    const next = async (): Promise<JsMsg[] | null> => {
      if (this.stopping || lost) return null;
      const msgs: JsMsg[] = [];
      for await (const msg of await consumer.fetch({
        max_messages: this.config.USAGE_BATCH_SIZE,
        expires: this.config.USAGE_FETCH_WAIT_MS,
      }))
        msgs.push(msg);
      return msgs;
    };
    try {
      await inFlightBatches(next, BATCHES_IN_FLIGHT, (batch) => this.process(batch));
    } finally {
      released = true;
    }
  }

  /** Where to read from: the stored position (claimed on first use), checked against the stream it belongs to. */
  private async startingPoint(jsm: JetStreamManager): Promise<{ position: number; startSeq: number }> {
    const em = this.orm.em.fork();
    const { created, state } = await jsm.streams.info(this.stream);
    const claimed = await claimPosition(em, this.stream, created, () => this.formerDurableFloor(jsm), this.clock.now());
    await this.removeFormerDurable(jsm);
    if (claimed.streamCreated !== created) {
      // Its sequences restarted: reading on from the old position would skip the new stream's first records.
      this.logger.warn(
        `${this.stream} was recreated (created ${claimed.streamCreated}, now ${created}): reading it from its first record; records charged before are skipped by id`,
      );
      await restartPosition(em, this.stream, claimed, created, this.clock.now());
      return { position: 0, startSeq: 1 };
    }
    const position = claimed.lastSeq;
    if (state.messages > 0 && position + 1 < state.first_seq) {
      this.logger.error(
        `${state.first_seq - position - 1} records aged out of ${this.stream} before they were charged (position ${position}, first record ${state.first_seq})`,
      );
    }
    return { position, startSeq: position + 1 };
  }

  /** How far the durable of the per-message-ack intake got (0 if none): where a stream met for the first time starts. */
  private async formerDurableFloor(jsm: JetStreamManager): Promise<number> {
    const info = await jsm.consumers.info(this.stream, FORMER_DURABLE).catch((err: Error) => {
      if (/not found/i.test(err.message)) return null;
      throw err;
    });
    if (info) this.logger.log(`starting from ${FORMER_DURABLE}'s acknowledged floor ${info.ack_floor.stream_seq}`);
    return info?.ack_floor.stream_seq ?? 0;
  }

  /** The per-message-ack intake's durable goes once the position holds its floor (before, a failure would lose where it had got to). */
  private async removeFormerDurable(jsm: JetStreamManager): Promise<void> {
    await jsm.consumers.delete(this.stream, FORMER_DURABLE).then(
      () => this.logger.log(`${FORMER_DURABLE} removed: the intake keeps its own position`),
      (err: Error) => {
        if (!/not found/i.test(err.message)) throw err;
      },
    );
  }

  /** Parses a batch now (while the one before commits), then commits it after that one (never if that one failed). */
  private process(msgs: JsMsg[]): Promise<void> {
    const parsed = parseBatch(msgs);
    const committed = this.previousCommit.then(() => this.commit(msgs, parsed));
    this.previousCommit = committed;
    return committed;
  }

  /** Charges a batch; when the database refuses it for good, one record at a time so only the bad one is held. */
  private async commit(msgs: JsMsg[], parsed: ParsedBatch): Promise<void> {
    try {
      await this.untilDone(() => this.charge(parsed, msgs[msgs.length - 1].seq), msgs.length);
    } catch (err) {
      if (err instanceof PositionMoved || err instanceof Stopping) throw err;
      if (msgs.length > 1) {
        for (const msg of msgs) await this.commit([msg], parseBatch([msg]));
        return;
      }
      this.logger.error(
        `record ${msgs[0].headers?.get('Nats-Msg-Id') ?? msgs[0].seq} refused, held: ${(err as Error).message}`,
      );
      await this.untilDone(() => this.holdRefused(msgs[0], err as Error), 1);
    }
  }

  /** The batch's records and the position, in one transaction; the position first, so a stale reader stops before any work. */
  private async charge(parsed: ParsedBatch, lastSeq: number): Promise<void> {
    const now = this.clock.now();
    await this.orm.em.fork().transactional(async (tx) => {
      await advancePosition(tx, this.stream, this.position, lastSeq, now);
      await holdRecords(tx, parsed.holds, now);
      await this.charger.charge(tx, parsed.records, (_, i) => parsed.sources[i].string());
    });
    this.position = lastSeq;
  }

  /**
   * A record the database refuses deterministically is kept aside with the reason, and the position
   * moves past it. Should even that be refused, it is kept without its text (the reason names its
   * place in the stream): one record must never stop the intake.
   */
  private async holdRefused(msg: JsMsg, err: Error): Promise<void> {
    const recordId = msg.headers?.get('Nats-Msg-Id') || null;
    const hold = (payload: string, reason: string) =>
      this.orm.em.fork().transactional(async (tx) => {
        const now = this.clock.now();
        await advancePosition(tx, this.stream, this.position, msg.seq, now);
        await holdRecords(tx, [{ recordId, e164: null, recordTime: null, reason, payload }], now);
      });
    try {
      await hold(msg.string(), `rejected: ${err.message}`);
    } catch (holdErr) {
      if (isTransientError(holdErr) || holdErr instanceof PositionMoved) throw holdErr;
      await hold(
        '',
        `rejected: ${err.message}; its text could not be kept (${(holdErr as Error).message}): message ${msg.seq} of ${this.stream}`,
      );
    }
    this.position = msg.seq;
  }

  /** Runs `work` until it succeeds or fails for good; a transient failure (the database away, a deadlock) is retried for as long as it lasts. */
  private async untilDone(work: () => Promise<void>, records: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (err) {
        if (!isTransientError(err)) throw err;
        if (this.stopping)
          throw new Stopping(`stopping with a batch of ${records} records uncommitted: ${(err as Error).message}`);
        const delay = retryDelayMs(attempt, this.config.USAGE_RETRY_MAX_MS);
        this.logger.warn(
          `a batch of ${records} records failed transiently, retry in ${delay} ms: ${(err as Error).message}`,
        );
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }
}
