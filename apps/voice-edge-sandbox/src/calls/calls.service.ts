import { Inject, Injectable } from '@nestjs/common';
import {
  CallRecordV1,
  MessageAction,
  MessageRecordV1,
  ResolveAction,
  UsageDirection,
  UsageRecordKind,
} from '@did/contracts';
import { CLOCK, Clock } from '@did/service-kit';
import { callRecord, messageRecord, newRecordId } from '../records/detail-records';
import { Random, RANDOM, randomPartyNumber, randomRingSeconds, randomTalkSeconds } from '../records/random-traffic';
import { RecordPublisher } from '../records/record-publisher';
import type { PlaceCallBody, SendMessageBody } from './dto/place-call.body';
import { RoutingResolver } from './routing-resolver';

/** What happened to a call: routing's decision and the record published for it (zero-cost when refused). */
export interface CallOutcome {
  action: ResolveAction;
  reason: string | null;
  record: CallRecordV1;
}

/** What happened to a message: sent (and recorded) only where routing says deliver. */
export interface MessageOutcome {
  sent: boolean;
  /** Routing's reason for a refusal (messaging_disabled, sms_not_supported, balance_owed), else null. */
  reason: string | null;
  record: MessageRecordV1 | null;
}

/**
 * The edge's handling of one call or message: ask routing, then publish the detail record of what
 * happened. A call finishes the moment it is placed (its record says when it rang and was answered),
 * so traffic at any rate needs no timers per call.
 */
@Injectable()
export class CallsService {
  constructor(
    private readonly resolver: RoutingResolver,
    private readonly publisher: RecordPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RANDOM) private readonly random: Random,
  ) {}

  async placeCall(call: PlaceCallBody): Promise<CallOutcome> {
    const inbound = call.direction === UsageDirection.Inbound;
    const otherParty = call.emergency ? '911' : ((inbound ? call.from : call.to) ?? randomPartyNumber(this.random));
    // `from` is the other party either way: screening judges the number at the far end.
    const reply = await this.resolver.resolve(
      call.emergency ? { to: call.phone_number, emergency: true } : { to: call.phone_number, from: otherParty },
    );
    const endedAt = this.clock.now();
    const finished = {
      phone_number: call.phone_number,
      direction: call.direction,
      other_party: otherParty,
      emergency: call.emergency,
      ring_seconds: randomRingSeconds(this.random),
      talk_seconds: call.duration_seconds ?? randomTalkSeconds(this.random),
      ended_at: endedAt,
    };
    const { record } = await this.publisher.publish(
      callRecord(newRecordId(UsageRecordKind.Call, endedAt), finished, reply),
    );
    return { action: reply.action, reason: reply.reason, record };
  }

  /**
   * Routing's message answer decides: a message goes through (and is recorded) when it says deliver;
   * a refusal (messaging off, no SMS on the number, balance owed) sends and records nothing.
   */
  async sendMessage(message: SendMessageBody): Promise<MessageOutcome> {
    const inbound = message.direction === UsageDirection.Inbound;
    const otherParty = (inbound ? message.from : message.to) ?? randomPartyNumber(this.random);
    const reply = await this.resolver.resolveMessage({ phone_number: message.phone_number });
    if (reply.action !== MessageAction.Deliver) return { sent: false, reason: reply.reason, record: null };
    const sentAt = this.clock.now();
    const { record } = await this.publisher.publish(
      messageRecord(newRecordId(UsageRecordKind.Message, sentAt), {
        phone_number: message.phone_number,
        direction: message.direction,
        other_party: otherParty,
        parts: message.parts,
        sent_at: sentAt,
      }),
    );
    return { sent: true, reason: null, record };
  }
}
