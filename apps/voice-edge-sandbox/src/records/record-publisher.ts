import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { JetStreamClient, NatsConnection, PubAck } from 'nats';
import { UsageRecordV1, usageRecordSubject } from '@did/contracts';
import { ensureUsageRecordsStream, NATS_CONNECTION } from '@did/messaging';
import { EDGE_CONFIG, VoiceEdgeSandboxConfig } from '../config';

const encoder = new TextEncoder();

/** What a run of publishes did: records the stream took, and those it dropped as already seen (same record_id). */
export interface PublishTally {
  published: number;
  duplicates: number;
}

/**
 * Publishes detail records to the usage records stream the way the real edge does: validated against
 * the contract, as JSON, with `Nats-Msg-Id` = `record_id` so a retried publish is dropped by JetStream.
 */
@Injectable()
export class RecordPublisher implements OnModuleInit {
  private readonly js: JetStreamClient;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(EDGE_CONFIG) private readonly config: VoiceEdgeSandboxConfig,
  ) {
    this.js = nc.jetstream();
  }

  /**
   * Creates the stream if usage has not yet. Same duplicate window as usage passes (the events one):
   * the shared function brings an existing stream's window to what its caller asks, so two different
   * values would rewrite it at every start of either service.
   */
  async onModuleInit(): Promise<void> {
    await ensureUsageRecordsStream(
      await this.nc.jetstreamManager(),
      this.config.NATS_PREFIX,
      this.config.EVENTS_DUPLICATE_WINDOW_S,
      this.config.NATS_STREAM_REPLICAS,
    );
  }

  /** Publishes one record and waits for JetStream to store it; returns the record as published. */
  async publish<R extends UsageRecordV1>(record: R): Promise<{ record: R; ack: PubAck }> {
    const valid = UsageRecordV1.parse(record) as R;
    const ack = await this.js.publish(
      usageRecordSubject(this.config.NATS_PREFIX, valid.kind),
      encoder.encode(JSON.stringify(valid)),
      { msgID: valid.record_id },
    );
    return { record: valid, ack };
  }

  /**
   * Publishes many records without waiting for each ack in turn: up to `maxInFlight` publishes await
   * their ack at once, so throughput is not one round trip per record and memory stays bounded
   * whatever the count. Stops at the first failure (after the publishes in flight settle) and throws it.
   */
  async publishAll(records: Iterable<UsageRecordV1>, maxInFlight: number): Promise<PublishTally> {
    const tally: PublishTally = { published: 0, duplicates: 0 };
    const inFlight = new Set<Promise<void>>();
    let failure: unknown;
    for (const record of records) {
      if (failure !== undefined) break;
      const sent: Promise<void> = this.publish(record).then(
        ({ ack }) => void (ack.duplicate ? tally.duplicates++ : tally.published++),
        (err: unknown) => void (failure ??= err),
      );
      inFlight.add(sent);
      void sent.finally(() => inFlight.delete(sent));
      if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure !== undefined) throw failure;
    return tally;
  }
}
