import { Inject, Injectable } from '@nestjs/common';
import { CallRecordV1, DomainError, ErrorType, ResolveAction, UsageDirection, UsageRecordKind } from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { EDGE_CONFIG, VoiceEdgeSandboxConfig } from '../config';
import { ActiveNumbers } from '../numbers/active-numbers';
import { callRecord, newRecordId } from '../records/detail-records';
import { Random, RANDOM, randomPartyNumber, randomRingSeconds, randomTalkSeconds } from '../records/random-traffic';
import { RecordPublisher } from '../records/record-publisher';
import type { BulkBody, BulkResult } from './dto/bulk.body';

/** Routing's answer assumed for every bulk call: answered, no caller-name lookup. */
const ANSWERED = { action: ResolveAction.Route, reason: null, cnam_lookup_enabled: false } as const;

/**
 * Load for usage's consumer and its benchmark: answered inbound call records published as fast as
 * JetStream takes them. Resolve is skipped on purpose: the load is on the records path, not on routing.
 */
@Injectable()
export class BulkService {
  constructor(
    @Inject(EDGE_CONFIG) private readonly config: VoiceEdgeSandboxConfig,
    private readonly numbers: ActiveNumbers,
    private readonly publisher: RecordPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RANDOM) private readonly random: Random,
  ) {}

  async publish(body: BulkBody): Promise<BulkResult> {
    const phoneNumbers = body.phone_numbers ?? this.numbers.list().map((n) => n.phone_number);
    if (!phoneNumbers.length) {
      throw new DomainError(
        ErrorType.Unprocessable,
        'no_active_numbers',
        'The sandbox knows no active number yet: give phone_numbers, or activate a number first.',
      );
    }
    const started = performance.now();
    const tally = await this.publisher.publishAll(
      this.records(body.count, phoneNumbers),
      this.config.EDGE_BULK_MAX_IN_FLIGHT,
    );
    const elapsedMs = performance.now() - started;
    return {
      requested: body.count,
      ...tally,
      elapsed_ms: Math.round(elapsedMs),
      records_per_second: Math.round((tally.published + tally.duplicates) / Math.max(elapsedMs / 1000, 0.001)),
    };
  }

  /** Built lazily, so a million records never sit in memory at once. */
  private *records(count: number, phoneNumbers: string[]): Generator<CallRecordV1> {
    for (let i = 0; i < count; i++) {
      const endedAt = this.clock.now();
      const call = {
        phone_number: phoneNumbers[i % phoneNumbers.length],
        direction: UsageDirection.Inbound,
        other_party: randomPartyNumber(this.random),
        emergency: false,
        ring_seconds: randomRingSeconds(this.random),
        talk_seconds: randomTalkSeconds(this.random),
        ended_at: endedAt,
      };
      yield callRecord(newRecordId(UsageRecordKind.Call, endedAt), call, ANSWERED);
    }
  }
}
