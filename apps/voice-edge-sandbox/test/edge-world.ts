import { randomUUID } from 'node:crypto';
import { connect, ConsumerMessages, JSONCodec, JsMsg, NatsConnection } from 'nats';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  ErrorPayload,
  eventSubject,
  ResolveMessageReply,
  ResolveMessageRequest,
  ResolveReply,
  ResolveRequest,
  RoutingPatterns,
  rpcSubject,
  UsageRecordV1,
  usageRecordsStreamName,
} from '@did/contracts';
import { startTestHttpService } from '@did/service-testing';
import { createTestWorld, TestWorld, waitFor } from '@did/testing';
import { AppModule } from '../src/app.module';
import { loadVoiceEdgeSandboxConfig } from '../src/config';

const codec = JSONCodec<any>();

/** A record as it sits on the usage records stream: its subject, its Nats-Msg-Id header and its body. */
export interface StoredRecord {
  subject: string;
  msgId: string | undefined;
  record: UsageRecordV1;
}

/** What the routing stub answers for a number: a reply, or an error payload as routing sends it. */
export type StubAnswer = ResolveReply | { error: ErrorPayload };

/**
 * The sandbox on a private NATS prefix, with routing stubbed (a responder on the resolve subject, the
 * way routing answers: NestJS transport packets), and every record the sandbox publishes collected
 * from the usage records stream.
 */
export interface EdgeWorld {
  world: TestWorld;
  app: NestFastifyApplication;
  nc: NatsConnection;
  /** Answers routing gives per E.164; a number without one is not found. */
  routing: Map<string, StubAnswer>;
  resolveRequests: ResolveRequest[];
  records: StoredRecord[];
  send(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  publishEvent(type: string, data: Record<string, unknown>): Promise<void>;
  recordsOf(phoneNumber: string): StoredRecord[];
  close(): Promise<void>;
}

export async function startEdgeWorld(env: Record<string, string> = {}): Promise<EdgeWorld> {
  const world = await createTestWorld();
  const { app, baseUrl } = await startTestHttpService(
    AppModule.forRoot(world.configFor(loadVoiceEdgeSandboxConfig, env)),
  );
  const nc = await connect({ servers: world.config.NATS_URL });
  const routing = new Map<string, StubAnswer>();
  const resolveRequests: ResolveRequest[] = [];
  nc.subscribe(rpcSubject(world.prefix, RoutingPatterns.Resolve), {
    callback: (err, msg) => {
      if (err) return;
      const packet = codec.decode(msg.data) as { id: string; data: ResolveRequest };
      resolveRequests.push(packet.data);
      const answer = routing.get(packet.data.to) ?? {
        error: {
          type: 'not_found',
          code: 'number_not_found',
          message: `${packet.data.to} is not an active number of the platform.`,
        },
      };
      msg.respond(
        codec.encode(
          'error' in answer
            ? { id: packet.id, err: answer.error, isDisposed: true }
            : { id: packet.id, response: answer, isDisposed: true },
        ),
      );
    },
  });
  // Routing answers messages from the same state as calls: the stub derives the message answer from the call answer.
  nc.subscribe(rpcSubject(world.prefix, RoutingPatterns.ResolveMessage), {
    callback: (err, msg) => {
      if (err) return;
      const packet = codec.decode(msg.data) as { id: string; data: ResolveMessageRequest };
      const answer = routing.get(packet.data.phone_number) ?? {
        error: {
          type: 'not_found',
          code: 'number_not_found',
          message: `${packet.data.phone_number} is not an active number of the platform.`,
        },
      };
      msg.respond(
        codec.encode(
          'error' in answer
            ? { id: packet.id, err: answer.error, isDisposed: true }
            : { id: packet.id, response: messageReplyOf(answer), isDisposed: true },
        ),
      );
    },
  });
  // The sandbox created the records stream when it started: read it from the start.
  const records: StoredRecord[] = [];
  const consumer = await nc.jetstream().consumers.get(usageRecordsStreamName(world.prefix), {});
  const messages: ConsumerMessages = await consumer.consume();
  void (async () => {
    for await (const m of messages as AsyncIterable<JsMsg>)
      records.push({ subject: m.subject, msgId: m.headers?.get('Nats-Msg-Id'), record: UsageRecordV1.parse(m.json()) });
  })();
  const js = nc.jetstream();
  return {
    world,
    app,
    nc,
    routing,
    resolveRequests,
    records,
    send: async (method, path, body) => {
      const res = await fetch(baseUrl + path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    publishEvent: async (type, data) => {
      const id = randomUUID();
      const envelope = {
        id,
        type,
        version: 1,
        occurred_at: new Date().toISOString(),
        producer: 'inventory',
        account_id: data.account_id ?? null,
        partner_id: null,
        data,
      };
      await js.publish(eventSubject(world.prefix, type), codec.encode(envelope), { msgID: id });
    },
    recordsOf: (phoneNumber) => records.filter((r) => r.record.phone_number === phoneNumber),
    close: async () => {
      messages.stop();
      await app.close();
      await (await nc.jetstreamManager()).streams.delete(usageRecordsStreamName(world.prefix)).catch(() => undefined);
      await nc.close();
      await world.cleanup();
    },
  };
}

/** The payload of `number.activated` for a number of `acc_test`. */
export function activated(phoneNumber: string): Record<string, unknown> {
  return {
    number_id: `num_${phoneNumber.slice(1)}`,
    phone_number: phoneNumber,
    account_id: 'acc_test',
    country_code: 'US',
    number_type: 'local',
    order_id: 'ord_1',
    activated_at: new Date().toISOString(),
  };
}

export function released(phoneNumber: string): Record<string, unknown> {
  return {
    number_id: `num_${phoneNumber.slice(1)}`,
    phone_number: phoneNumber,
    account_id: 'acc_test',
    country_code: 'US',
    number_type: 'local',
    reason: 'released_by_user',
    released_at: new Date().toISOString(),
  };
}

/** Routing's answer for a number that routes to an extension; `changes` adjusts it (a refusal, messaging off). */
export function resolveReply(phoneNumber: string, changes: Partial<ResolveReply> = {}): ResolveReply {
  return {
    number_id: `num_${phoneNumber.slice(1)}`,
    phone_number: phoneNumber,
    owner_account_id: 'acc_test',
    tenant_account_id: null,
    action: 'route',
    reason: null,
    destination: { type: 'extension', target: '101' },
    announcement: null,
    configured: true,
    caller_id: phoneNumber,
    cnam: null,
    cnam_lookup_enabled: true,
    tech_prefix_enabled: false,
    recording: false,
    max_channels: 10,
    messaging_enabled: true,
    screening: { mode: 'disabled', decision: 'allow' },
    emergency: null,
    ...changes,
  };
}

/** Waits until the records of `phoneNumber` on the stream number `count`, and returns them. */
export function waitForRecords(
  edge: EdgeWorld,
  phoneNumber: string,
  count: number,
  timeoutMs = 10_000,
): Promise<StoredRecord[]> {
  return waitFor(() => edge.recordsOf(phoneNumber).length >= count && edge.recordsOf(phoneNumber), {
    timeoutMs,
    what: `${count} records of ${phoneNumber}`,
  });
}

/** routing.resolve_message's answer for a number whose call answer is `call`: deliver where messaging is on. */
export function messageReplyOf(call: ResolveReply): ResolveMessageReply {
  return {
    number_id: call.number_id,
    phone_number: call.phone_number,
    owner_account_id: call.owner_account_id,
    tenant_account_id: call.tenant_account_id,
    connection_id: null,
    action: call.messaging_enabled ? 'deliver' : 'reject',
    reason: call.messaging_enabled ? null : 'messaging_disabled',
    messaging_enabled: call.messaging_enabled,
    sms_routing: { enabled: false, inbox_type: null, inbox: null, destinations: [] },
  };
}
