import { connect, headers, NatsConnection } from 'nats';
import { Client } from 'pg';
import { eventSubject, Events, UsageRecordV1, usageRecordsStreamName, usageRecordSubject } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { ServiceProcess } from '@did/service-testing';
import { sortableId } from '@did/service-kit';
import { createTestWorld, TestWorld, waitFor } from '@did/testing';
import { TEST_RATES } from './usage-world';

const RECORDS = 4_000;
const KILLS = 10;
const TICKS_PER_CENT = 60_000_000n;

/**
 * The rating consumer SIGKILLed mid-batch, ten times, while the edge's records flow: every record is
 * still rated once and the charges sum to the exact total rounded down, nothing lost, nothing doubled.
 */
describe('usage rating survives being killed mid-batch (real process, PostgreSQL and NATS)', () => {
  let world: TestWorld;
  let nc: NatsConnection;
  let db: Client;
  let usage: ServiceProcess;

  beforeAll(async () => {
    world = await createTestWorld();
    nc = await connect({ servers: world.config.NATS_URL });
    db = new Client({ connectionString: world.db.url });
    await db.connect();
    const rpc = new RpcClient(nc, {
      service: 'crash-test',
      natsUrl: world.config.NATS_URL,
      prefix: world.prefix,
      rpcTimeoutMs: 5_000,
    });
    usage = new ServiceProcess(
      'usage',
      {
        DATABASE_URL: world.db.url,
        NATS_URL: world.config.NATS_URL,
        NATS_PREFIX: world.prefix,
        OUTBOX_POLL_MS: '50',
        LOG_LEVEL: 'warn',
        NO_COLOR: '1',
        USAGE_BATCH_SIZE: '20',
        USAGE_STANDBY_POLL_MS: '200',
      },
      rpc,
    );
  });

  afterAll(async () => {
    await usage?.stop();
    await db?.end();
    await nc?.close();
    await world?.cleanup();
  });

  const count = async (text: string, params: unknown[] = []) => Number((await db.query(text, params)).rows[0].n);

  it('rates every record once and charges exactly the accrued whole cents after ten kills', async () => {
    await usage.start();
    const accountId = sortableId('acc');
    const e164 = '+17375550999';
    const ratesEvent = {
      id: sortableId('evt'),
      type: Events.NumberUsageRatesSet.type,
      version: 1,
      occurred_at: new Date().toISOString(),
      producer: 'ordering',
      account_id: accountId,
      partner_id: null,
      data: {
        number_id: sortableId('pn'),
        phone_number: e164,
        account_id: accountId,
        partner_id: null,
        currency: 'USD',
        rates: { ...TEST_RATES, inbound_per_minute_micros: 850_000, billing_increment_seconds: 1 },
        partner_rates: null,
        effective_from: '2020-01-01T00:00:00.000Z',
      },
    };
    await nc
      .jetstream()
      .publish(eventSubject(world.prefix, ratesEvent.type), JSON.stringify(ratesEvent), { msgID: ratesEvent.id });
    await waitFor(async () => (await count(`select count(*) as n from usage.number_rates`)) === 1, {
      what: 'the rates stored',
    });
    // The records wait on the stream while usage is down, so every start below has work in hand when it is killed.
    await usage.stop();

    let expected = 0n;
    const js = nc.jetstream();
    for (let i = 0; i < RECORDS; i++) {
      const seconds = 1 + ((i * 7919) % 900);
      const record: UsageRecordV1 = {
        record_id: `crash-${i}`,
        kind: 'call',
        phone_number: e164,
        direction: 'inbound',
        from: '+15125550100',
        to: e164,
        started_at: '2026-03-01T10:00:00.000Z',
        answered_at: '2026-03-01T10:00:01.000Z',
        ended_at: '2026-03-01T10:15:01.000Z',
        billable_seconds: seconds,
        connection_id: null,
        hangup_cause: 'normal_clearing',
        cnam_lookup: false,
        emergency: false,
      };
      expected += 850_000n * BigInt(Math.max(60, seconds));
      const h = headers();
      h.set('Nats-Msg-Id', record.record_id);
      await js.publish(usageRecordSubject(world.prefix, 'call'), JSON.stringify(record), { headers: h });
    }

    const interrupted: number[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      const before = await count(`select count(*) as n from usage.usage_records`);
      await usage.start();
      // Kill once this process has committed at least one batch of its own: it is then mid-stream.
      await waitFor(async () => (await count(`select count(*) as n from usage.usage_records`)) > before, {
        what: `progress after start ${kill + 1}`,
        timeoutMs: 30_000,
      }).catch(async (err: Error) => {
        const position = await db.query(`select * from usage.intake_positions`).then(
          (r) => r.rows,
          (e: Error) => e.message,
        );
        throw new Error(`${err.message}\n${JSON.stringify(position)}\n${usage.output()}`);
      });
      await new Promise((r) => setTimeout(r, 20 + ((kill * 37) % 60)));
      await usage.kill();
      const atKill = await count(`select count(*) as n from usage.usage_records`);
      if (atKill < RECORDS) interrupted.push(atKill);
    }
    // Every kill landed with records still to rate: each interrupted the intake mid-stream.
    expect(interrupted).toHaveLength(KILLS);
    expect(usage.kills).toBe(KILLS);

    await usage.start();
    await waitFor(async () => (await count(`select count(*) as n from usage.usage_records`)) === RECORDS, {
      what: 'every record rated',
      timeoutMs: 60_000,
    });
    const [{ ticks }] = (await db.query(`select coalesce(sum(cost_ticks), 0)::text as ticks from usage.usage_records`))
      .rows;
    expect(BigInt(ticks)).toBe(expected);
    const [accrual] = (
      await db.query(
        `select accrued_ticks::text as accrued, charged_cents::text as charged from usage.usage_accruals where account_id = $1`,
        [accountId],
      )
    ).rows;
    expect(BigInt(accrual.accrued)).toBe(expected);
    expect(BigInt(accrual.charged)).toBe(expected / TICKS_PER_CENT);
    const [{ charges }] = (
      await db.query(
        `select coalesce(sum(amount_cents), 0)::text as charges from usage.usage_charges where account_id = $1`,
        [accountId],
      )
    ).rows;
    expect(BigInt(charges)).toBe(expected / TICKS_PER_CENT);
    const rated = (
      await db.query(
        `select coalesce(sum((envelope->'data'->>'amount_cents')::bigint), 0)::text as s from usage.outbox_events where type = 'usage.rated'`,
      )
    ).rows[0].s;
    expect(BigInt(rated)).toBe(expected / TICKS_PER_CENT);
    expect(await count(`select count(*) as n from usage.held_records`)).toBe(0);
    // The position reached the stream's end: nothing left to re-read.
    const { state } = await (await nc.jetstreamManager()).streams.info(usageRecordsStreamName(world.prefix));
    expect(
      await count(`select last_seq as n from usage.intake_positions where stream = $1`, [
        usageRecordsStreamName(world.prefix),
      ]),
    ).toBe(state.last_seq);
  }, 300_000);
});
