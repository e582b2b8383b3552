import { INestMicroservice } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { connect, headers, NatsConnection } from 'nats';
import {
  CallRecordV1,
  Currency,
  eventSubject,
  Events,
  MessageRecordV1,
  NumberUsageRatesSetV1,
  UsageCaller,
  usageRecordSubject,
  UsageRates,
  UsageRecordV1,
  usageRecordsStreamName,
} from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { startTestNatsService } from '@did/service-testing';
import { Clock, randomId, sortableId } from '@did/service-kit';
import { createTestWorld, TestWorld, waitFor } from '@did/testing';
import { AppModule, SERVICE } from '../src/app.module';
import { loadUsageConfig, UsageConfig } from '../src/config';

/** A number usage has rates for (number.usage_rates_set published and stored). */
export interface RatedNumber {
  id: string;
  e164: string;
  /** The payer. */
  accountId: string;
  partnerId: string | null;
  currency: Currency;
}

/** A usage caller and the partner above it (null for a partner or a direct account). */
export type TestAccount = UsageCaller & { partner_id: string | null };

/** A partner and, under it, two tenants: as usage callers (extra partner_id is stripped by the request schema). */
export interface TestAccounts {
  partner: TestAccount;
  tenant: TestAccount;
  otherTenant: TestAccount;
}

/** A rated row as `usage.usage_records` holds it, for tests that write rows directly (reports). */
export interface RatedRow {
  record_id?: string;
  kind?: 'call' | 'message';
  e164: string;
  account_id: string;
  partner_id?: string | null;
  currency?: Currency;
  direction?: 'inbound' | 'outbound';
  started_at: string;
  billable_seconds?: number;
  billed_seconds?: number;
  parts?: number | null;
  cost_ticks: bigint | number;
  partner_cost_ticks?: bigint | number | null;
  charge_id?: string;
  partner_charge_id?: string | null;
}

/** The usage service on one test world: its own database and NATS prefix, an RPC client and helpers that play ordering and the edge. */
export interface UsageWorld {
  world: TestWorld;
  config: UsageConfig;
  app: INestMicroservice;
  rpc: RpcClient;
  nc: NatsConnection;
  rows<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  newAccounts(): TestAccounts;
  /** Publishes an event envelope as a producer's outbox relay would (ordering by default). */
  publishEvent(
    type: string,
    data: Record<string, unknown>,
    scope: { account_id: string | null; partner_id: string | null },
    producer?: string,
  ): Promise<string>;
  /**
   * A number with rates for `payer` (a tenant caller gets its partner's platform rates too), as
   * ordering publishes them on activation; waits until usage stored them.
   */
  newNumber(
    payer: TestAccount,
    options?: {
      e164?: string;
      currency?: Currency;
      rates?: Partial<UsageRates>;
      partnerRates?: Partial<UsageRates> | null;
      effectiveFrom?: string;
    },
  ): Promise<RatedNumber>;
  /** Ends a number's rates (ordering's number.usage_rates_ended on release); waits until stored. */
  endRates(n: RatedNumber, effectiveTo: string): Promise<void>;
  /** An answered call record for `n` (override any field). */
  call(n: RatedNumber | string, fields?: Partial<CallRecordV1>): CallRecordV1;
  /** A message record for `n` (override any field). */
  message(n: RatedNumber | string, fields?: Partial<MessageRecordV1>): MessageRecordV1;
  /** Publishes one edge record (or raw text) on the records stream, with Nats-Msg-Id = its record id. */
  publishRecord(record: UsageRecordV1 | { raw: string; kind?: 'call' | 'message'; msgId?: string }): Promise<void>;
  /** Waits until every record id has a rated row; returns the rows in the order asked. */
  rated(recordIds: string | readonly string[], timeoutMs?: number): Promise<any[]>;
  /** Waits until a held row exists for this record id; returns it. */
  held(recordId: string, timeoutMs?: number): Promise<any>;
  /** Publishes records and waits until all are rated. */
  publishRated(records: readonly UsageRecordV1[]): Promise<any[]>;
  /** Writes rated rows straight into usage.usage_records (no rating, no charge): for read-side tests. */
  insertRated(rows: readonly RatedRow[]): Promise<string[]>;
  /** Records in the stream past the intake's position (0 when everything published has been charged or held). */
  recordsBehind(): Promise<number>;
  close(): Promise<void>;
}

/** Rates in micro-units: 1 cent a minute both ways, 60/60 increments, messages 0.4/0.5 cents, no fees. */
export const TEST_RATES: UsageRates = {
  inbound_per_minute_micros: 1_000_000,
  outbound_per_minute_micros: 1_000_000,
  connect_fee_micros: 0,
  billing_initial_seconds: 60,
  billing_increment_seconds: 60,
  message_inbound_micros: 400_000,
  message_outbound_micros: 500_000,
  cnam_lookup_micros: 0,
};

let numbersMade = 0;
/** A fresh US number unlikely to clash within a run (the world's database is private anyway). */
export function freshE164(): string {
  const serial = String((Date.now() % 10_000_000) + numbersMade++)
    .padStart(7, '0')
    .slice(-7);
  return `+1737${serial}`;
}

/** `world` lets a test run usage beside other services on one world (the caller then owns the world's cleanup). */
export async function startUsage(
  extraEnv: Record<string, string> = {},
  overrides: { clock?: Clock; world?: TestWorld } = {},
): Promise<UsageWorld> {
  const world = overrides.world ?? (await createTestWorld());
  const config = world.configFor(loadUsageConfig, { USAGE_RETRY_MAX_MS: '500', ...extraEnv });
  const app = await startTestNatsService(SERVICE, AppModule.forRoot(config, { clock: overrides.clock }), config);
  const nc = await connect({ servers: config.NATS_URL });
  const rpc = new RpcClient(nc, {
    service: 'test',
    natsUrl: config.NATS_URL,
    prefix: world.prefix,
    rpcTimeoutMs: 10_000,
  });
  const em = () => app.get(EntityManager).fork();
  const rows = async (text: string, params: unknown[] = []) =>
    (
      await em()
        .getKnex()
        .raw(text, params as never[])
    ).rows;

  const publishEvent: UsageWorld['publishEvent'] = async (type, data, scope, producer = 'ordering') => {
    const id = sortableId('evt');
    const envelope = {
      id,
      type,
      version: 1,
      occurred_at: new Date().toISOString(),
      producer,
      account_id: scope.account_id,
      partner_id: scope.partner_id,
      data,
    };
    await nc.jetstream().publish(eventSubject(world.prefix, type), JSON.stringify(envelope), { msgID: id });
    return id;
  };

  const e164Of = (n: RatedNumber | string) => (typeof n === 'string' ? n : n.e164);

  const rated: UsageWorld['rated'] = async (recordIds, timeoutMs = 15_000) => {
    const ids = typeof recordIds === 'string' ? [recordIds] : [...recordIds];
    const found = await waitFor(
      async () => {
        const got = await rows(`select * from usage.usage_records where record_id = any(?)`, [ids]);
        return got.length === ids.length ? got : undefined;
      },
      { timeoutMs, what: `${ids.length} record(s) rated (${ids.slice(0, 3).join(', ')})` },
    );
    const byId = new Map(found.map((r: { record_id: string }) => [r.record_id, r]));
    return ids.map((id) => byId.get(id));
  };

  const publishRecord: UsageWorld['publishRecord'] = async (record) => {
    const h = headers();
    if ('raw' in record) {
      if (record.msgId) h.set('Nats-Msg-Id', record.msgId);
      await nc.jetstream().publish(usageRecordSubject(world.prefix, record.kind ?? 'call'), record.raw, { headers: h });
      return;
    }
    h.set('Nats-Msg-Id', record.record_id);
    await nc.jetstream().publish(usageRecordSubject(world.prefix, record.kind), JSON.stringify(record), { headers: h });
  };

  const recordsBehind: UsageWorld['recordsBehind'] = async () => {
    const stream = usageRecordsStreamName(world.prefix);
    const { state } = await (await nc.jetstreamManager()).streams.info(stream);
    const [position]: { last_seq: string }[] = await rows(
      `select last_seq from usage.intake_positions where stream = ?`,
      [stream],
    );
    return state.last_seq - Number(position?.last_seq ?? 0);
  };

  return {
    world,
    config,
    app,
    rpc,
    nc,
    rows,
    recordsBehind,
    newAccounts: () => {
      const partner = randomId('acc');
      return {
        partner: { account_id: partner, is_partner: true, partner_id: null },
        tenant: { account_id: randomId('acc'), is_partner: false, partner_id: partner },
        otherTenant: { account_id: randomId('acc'), is_partner: false, partner_id: partner },
      };
    },
    publishEvent,
    newNumber: async (
      payer,
      {
        e164 = freshE164(),
        currency = 'USD',
        rates = {},
        partnerRates,
        effectiveFrom = '2020-01-01T00:00:00.000Z',
      } = {},
    ) => {
      const partnerId = payer.partner_id;
      const id = sortableId('pn').toLowerCase();
      const data: NumberUsageRatesSetV1 = {
        number_id: id,
        phone_number: e164,
        account_id: payer.account_id,
        partner_id: partnerId,
        currency,
        rates: { ...TEST_RATES, ...rates },
        partner_rates: partnerId ? (partnerRates === null ? null : { ...TEST_RATES, ...(partnerRates ?? {}) }) : null,
        effective_from: effectiveFrom,
      };
      await publishEvent(Events.NumberUsageRatesSet.type, data, {
        account_id: payer.account_id,
        partner_id: partnerId,
      });
      await waitFor(
        async () =>
          (
            await rows(`select 1 from usage.number_rates where number_id = ? and effective_from = ?`, [
              id,
              effectiveFrom,
            ])
          ).length === 1,
        {
          what: `rates of ${e164} stored`,
        },
      );
      return { id, e164, accountId: payer.account_id, partnerId, currency };
    },
    endRates: async (n, effectiveTo) => {
      await publishEvent(
        Events.NumberUsageRatesEnded.type,
        { number_id: n.id, phone_number: n.e164, effective_to: effectiveTo },
        { account_id: n.accountId, partner_id: n.partnerId },
      );
      await waitFor(
        async () =>
          (await rows(`select 1 from usage.number_rates where number_id = ? and effective_to = ?`, [n.id, effectiveTo]))
            .length === 1,
        {
          what: `rates of ${n.e164} ended`,
        },
      );
    },
    call: (n, fields = {}) => ({
      record_id: sortableId('cdr'),
      kind: 'call',
      phone_number: e164Of(n),
      direction: 'inbound',
      from: '+15125550100',
      to: e164Of(n),
      started_at: '2026-03-01T10:00:00.000Z',
      answered_at: '2026-03-01T10:00:05.000Z',
      ended_at: '2026-03-01T10:01:35.000Z',
      billable_seconds: 90,
      connection_id: null,
      hangup_cause: 'normal_clearing',
      cnam_lookup: false,
      emergency: false,
      ...fields,
    }),
    message: (n, fields = {}) => ({
      record_id: sortableId('mdr'),
      kind: 'message',
      phone_number: e164Of(n),
      direction: 'outbound',
      from: e164Of(n),
      to: '+15125550100',
      sent_at: '2026-03-01T11:00:00.000Z',
      parts: 1,
      connection_id: null,
      ...fields,
    }),
    publishRecord,
    rated,
    held: async (recordId, timeoutMs = 15_000) =>
      waitFor(async () => (await rows(`select * from usage.held_records where record_id = ?`, [recordId]))[0], {
        timeoutMs,
        what: `${recordId} held`,
      }),
    publishRated: async (records) => {
      for (const r of records) await publishRecord(r);
      return rated(records.map((r) => r.record_id));
    },
    insertRated: async (input) => {
      const rowsToWrite = input.map((r) => {
        const kind = r.kind ?? 'call';
        const call = kind === 'call';
        return {
          record_id: r.record_id ?? sortableId(call ? 'cdr' : 'mdr'),
          kind,
          e164: r.e164,
          number_id: `pn_${r.e164.slice(1)}`,
          account_id: r.account_id,
          partner_id: r.partner_id ?? null,
          currency: r.currency ?? 'USD',
          direction: r.direction ?? 'inbound',
          from_number: call ? '+15125550100' : r.e164,
          to_number: call ? r.e164 : '+15125550100',
          started_at: r.started_at,
          answered_at: call ? r.started_at : null,
          ended_at: call
            ? new Date(new Date(r.started_at).getTime() + (r.billable_seconds ?? 0) * 1000).toISOString()
            : null,
          billable_seconds: call ? (r.billable_seconds ?? 0) : 0,
          billed_seconds: call ? (r.billed_seconds ?? r.billable_seconds ?? 0) : 0,
          parts: call ? null : (r.parts ?? 1),
          connection_id: null,
          hangup_cause: call ? 'normal_clearing' : null,
          cost_ticks: r.cost_ticks.toString(),
          partner_cost_ticks:
            r.partner_cost_ticks === undefined || r.partner_cost_ticks === null
              ? null
              : r.partner_cost_ticks.toString(),
          charge_id: r.charge_id ?? 'uch_test',
          partner_charge_id: r.partner_charge_id ?? (r.partner_id ? 'uch_test_partner' : null),
        };
      });
      await rows(
        `insert into usage.usage_records (record_id, kind, e164, number_id, account_id, partner_id, currency, direction, from_number, to_number, started_at, answered_at, ended_at,
           billable_seconds, billed_seconds, parts, connection_id, hangup_cause, cost_ticks, partner_cost_ticks, charge_id, partner_charge_id, rated_at)
         select record_id, kind, e164, number_id, account_id, partner_id, currency, direction, from_number, to_number, started_at, answered_at, ended_at,
           billable_seconds, billed_seconds, parts, connection_id, hangup_cause, cost_ticks, partner_cost_ticks, charge_id, partner_charge_id, now()
         from jsonb_to_recordset(?::jsonb) as r(record_id text, kind text, e164 text, number_id text, account_id text, partner_id text, currency text, direction text,
           from_number text, to_number text, started_at timestamptz, answered_at timestamptz, ended_at timestamptz, billable_seconds int, billed_seconds int, parts int,
           connection_id text, hangup_cause text, cost_ticks bigint, partner_cost_ticks bigint, charge_id text, partner_charge_id text)`,
        [JSON.stringify(rowsToWrite)],
      );
      return rowsToWrite.map((r) => r.record_id);
    },
    close: async () => {
      await app.close();
      await nc.close();
      if (!overrides.world) await world.cleanup();
    },
  };
}
