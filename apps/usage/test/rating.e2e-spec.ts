import fc from 'fast-check';
import { EntityManager } from '@mikro-orm/postgresql';
import { UsageRecordV1, usageRecordsStreamName } from '@did/contracts';
import { ensureUsageRecordsStream } from '@did/messaging';
import { waitFor } from '@did/testing';
import { UsageCharger } from '../src/rating/usage-charger';
import { advancePosition, claimPosition, PositionMoved } from '../src/records/intake-position';
import { RecordIntake } from '../src/records/record-intake';
import { startUsage, UsageWorld } from './usage-world';

const TICKS_PER_CENT = 60_000_000n;

/** The tariff computed independently of src/rating: per-second rating with an initial block, in micro-units x 60. */
function expectedTicks(
  r: UsageRecordV1,
  rates: { perMinute: number; connect: number; initial: number; increment: number; msgOut: number; msgIn: number },
): bigint {
  if (r.kind === 'message') return BigInt((r.direction === 'inbound' ? rates.msgIn : rates.msgOut) * r.parts * 60);
  if (r.emergency || r.answered_at === null || r.billable_seconds === 0) return 0n;
  let billed = rates.initial;
  while (billed < r.billable_seconds) billed += rates.increment;
  return BigInt(rates.perMinute) * BigInt(billed) + BigInt(rates.connect * 60);
}

async function ratedEvents(
  u: UsageWorld,
): Promise<
  { account_id: string; partner_id: string | null; amount_cents: number; charge_id: string; record_count: number }[]
> {
  const rows = await u.rows<{ envelope: { data: any } }>(
    `select envelope from usage.outbox_events where type = 'usage.rated' order by id`,
  );
  return rows.map((r) => r.envelope.data);
}

describe('usage rating and charging (real PostgreSQL and NATS)', () => {
  let u: UsageWorld;
  beforeAll(async () => {
    u = await startUsage({ USAGE_BATCH_SIZE: '50', USAGE_STANDBY_POLL_MS: '200' });
  });
  afterAll(() => u?.close());

  it('rates a call exactly at 0.85 cents a minute, 60/1, and charges whole cents with the remainder carried', async () => {
    const { partner } = u.newAccounts();
    const n = await u.newNumber(partner, {
      rates: {
        inbound_per_minute_micros: 850_000,
        billing_initial_seconds: 60,
        billing_increment_seconds: 1,
        connect_fee_micros: 0,
      },
    });
    const first = u.call(n, { billable_seconds: 91 }); // 91 s x 0.85/60 = 1.289166... cents
    const [row] = await u.publishRated([first]);
    expect(BigInt(row.cost_ticks)).toBe(850_000n * 91n);
    expect(row.billed_seconds).toBe(91);
    const [accrual] = await u.rows(
      `select accrued_ticks::text, charged_cents::text from usage.usage_accruals where account_id = ?`,
      [partner.account_id],
    );
    expect(accrual).toEqual({ accrued_ticks: String(850_000n * 91n), charged_cents: '1' });
    // A second call of 60 s (0.85 cents): 2.139166 in all, so one more whole cent.
    await u.publishRated([u.call(n, { billable_seconds: 30 })]);
    const charges = (await ratedEvents(u)).filter((e) => e.account_id === partner.account_id);
    expect(charges.map((c) => c.amount_cents)).toEqual([1, 1]);
    const [after] = await u.rows(
      `select accrued_ticks::text, charged_cents::text from usage.usage_accruals where account_id = ?`,
      [partner.account_id],
    );
    expect(BigInt(after.accrued_ticks) / TICKS_PER_CENT).toBe(BigInt(after.charged_cents));
  });

  it('charges a record published twice (outside the duplicate window, under another message id) once', async () => {
    const { partner } = u.newAccounts();
    const n = await u.newNumber(partner);
    const record = u.call(n, { billable_seconds: 600 }); // 10 minutes at 1 cent
    await u.publishRecord(record);
    await u.publishRecord({ raw: JSON.stringify(record), msgId: `${record.record_id}-again` });
    await u.rated(record.record_id);
    await waitFor(async () => (await ratedEvents(u)).some((e) => e.account_id === partner.account_id), {
      what: 'the charge',
    });
    // Give the duplicate time to be taken off the stream too, then check nothing more was charged.
    await waitFor(async () => (await u.recordsBehind()) === 0, { what: 'the records stream drained' });
    const charges = (await ratedEvents(u)).filter((e) => e.account_id === partner.account_id);
    expect(charges.map((c) => c.amount_cents)).toEqual([10]);
    expect(
      await u.rows(`select record_id from usage.usage_records where record_id = ?`, [record.record_id]),
    ).toHaveLength(1);
  });

  it('holds a record for a number without rates and charges it when the rates arrive', async () => {
    const { partner } = u.newAccounts();
    const e164 = '+17375550123';
    const early = u.call(e164, { billable_seconds: 120 });
    await u.publishRecord(early);
    const held = await u.held(early.record_id);
    expect(held.reason).toBe('number_unknown');
    await u.newNumber(partner, { e164 });
    const [row] = await u.rated(early.record_id);
    expect(row.account_id).toBe(partner.account_id);
    expect(await u.rows(`select 1 from usage.held_records where record_id = ?`, [early.record_id])).toHaveLength(0);
    await waitFor(
      async () => (await ratedEvents(u)).some((e) => e.account_id === partner.account_id && e.amount_cents === 2),
      { what: 'the late charge' },
    );
  });

  it('keeps a malformed record aside with the rule it broke', async () => {
    await u.publishRecord({
      raw: JSON.stringify({ record_id: 'bad-1', kind: 'call', phone_number: 'not a number' }),
      msgId: 'bad-1',
    });
    const held = await u.held('bad-1');
    expect(held.reason).toMatch(/^malformed: phone_number: /);
  });

  it('keeps a record with a NUL byte aside (PostgreSQL text cannot hold one) and goes on charging the rest', async () => {
    // A raw NUL inside the JSON text (`\u0000` in this literal is the character itself).
    await u.publishRecord({
      raw: '{"record_id":"nul-1","kind":"call","phone_number":"+1512555\u00000100"}',
      msgId: 'nul-1',
    });
    const held = await u.held('nul-1');
    expect(held.reason).toMatch(/^malformed: /);
    expect(held.payload).toContain('\\u0000');
    const { partner } = u.newAccounts();
    const n = await u.newNumber(partner);
    await u.publishRated([u.call(n, { billable_seconds: 60 })]);
  });

  it('a reader whose position is stale has its batch rolled back: two readers never both charge', async () => {
    const stream = 'stale-reader-check';
    const em = () => u.app.get(EntityManager).fork();
    const { lastSeq } = await claimPosition(em(), stream, 'created-once', async () => 41, new Date());
    expect(lastSeq).toBe(41);
    const { partner } = u.newAccounts();
    const n = await u.newNumber(partner);
    const record = u.call(n, { billable_seconds: 600 });
    // Reader A moves the position from 41; reader B, still believing 41, charges a batch: it must roll back whole.
    await em().transactional((tx) => advancePosition(tx, stream, 41, 42, new Date()));
    await expect(
      em().transactional(async (tx) => {
        await advancePosition(tx, stream, 41, 42, new Date());
        await u.app.get(UsageCharger).charge(tx, [record]);
      }),
    ).rejects.toBeInstanceOf(PositionMoved);
    expect(await u.rows(`select 1 from usage.usage_records where record_id = ?`, [record.record_id])).toHaveLength(0);
    expect(await u.rows(`select 1 from usage.usage_accruals where account_id = ?`, [partner.account_id])).toHaveLength(
      0,
    );
    expect(await u.rows(`select last_seq::int as n from usage.intake_positions where stream = ?`, [stream])).toEqual([
      { n: 42 },
    ]);
  });

  it('a tenant is charged its price and its partner the platform price, each in its own charge', async () => {
    const { tenant, partner } = u.newAccounts();
    const n = await u.newNumber(tenant, {
      rates: { inbound_per_minute_micros: 2_000_000 },
      partnerRates: { inbound_per_minute_micros: 1_000_000 },
    });
    await u.publishRated([u.call(n, { billable_seconds: 300 })]); // 5 minutes
    await waitFor(
      async () =>
        (await ratedEvents(u)).filter((e) => e.account_id === tenant.account_id || e.account_id === partner.account_id)
          .length === 2,
      { what: 'both charges' },
    );
    const events = await ratedEvents(u);
    expect(events.find((e) => e.account_id === tenant.account_id)).toMatchObject({
      amount_cents: 10,
      partner_id: partner.account_id,
    });
    expect(events.find((e) => e.account_id === partner.account_id)).toMatchObject({
      amount_cents: 5,
      partner_id: null,
    });
  });

  it('property: random streams with duplicates and reordering, handed over between two replicas mid-stream, charge each record once, at the independent tariff', async () => {
    const second = await startUsage({ USAGE_BATCH_SIZE: '7', USAGE_STANDBY_POLL_MS: '200' }, { world: u.world });
    const intakes = [u.app.get(RecordIntake), second.app.get(RecordIntake)];
    let handovers = 0;
    // Counts the batches each replica charged (the real method runs: spyOn calls through).
    const firstBatches = jest.spyOn(u.app.get(UsageCharger), 'charge');
    const secondBatches = jest.spyOn(second.app.get(UsageCharger), 'charge');
    try {
      let runs = 0;
      const rates = {
        perMinute: 850_000,
        connect: 100_000,
        initial: 60,
        increment: 6,
        msgOut: 400_000,
        msgIn: 250_000,
      };
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              message: fc.boolean(),
              seconds: fc.integer({ min: 0, max: 3_700 }),
              parts: fc.integer({ min: 1, max: 5 }),
              inbound: fc.boolean(),
              copies: fc.integer({ min: 1, max: 3 }),
            }),
            { minLength: 1, maxLength: 25 },
          ),
          fc.integer({ min: 0, max: 1_000_000 }),
          async (specs, seed) => {
            runs++;
            // Every other run, the reading replica steps down halfway through its records.
            const handover = runs % 2 === 0;
            const { partner } = u.newAccounts();
            const n = await u.newNumber(partner, {
              rates: {
                inbound_per_minute_micros: rates.perMinute,
                outbound_per_minute_micros: rates.perMinute,
                connect_fee_micros: rates.connect,
                billing_initial_seconds: rates.initial,
                billing_increment_seconds: rates.increment,
                message_outbound_micros: rates.msgOut,
                message_inbound_micros: rates.msgIn,
              },
            });
            const records: UsageRecordV1[] = specs.map((s) =>
              s.message
                ? u.message(n, { parts: s.parts, direction: s.inbound ? 'inbound' : 'outbound' })
                : u.call(n, {
                    billable_seconds: s.seconds,
                    answered_at: s.seconds ? '2026-03-01T10:00:05.000Z' : null,
                    direction: s.inbound ? 'inbound' : 'outbound',
                  }),
            );
            // Every copy under its own message id (past JetStream's dedup), in a shuffled order.
            const copies = records.flatMap((r, i) => Array.from({ length: specs[i].copies }, (_, c) => ({ r, c })));
            let state = seed;
            for (let i = copies.length - 1; i > 0; i--) {
              state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
              const j = state % (i + 1);
              [copies[i], copies[j]] = [copies[j], copies[i]];
            }
            for (const [i, { r, c }] of copies.entries()) {
              // Halfway, the reading replica steps down and the standby takes over from the position it left.
              const leader =
                handover && i === Math.floor(copies.length / 2)
                  ? intakes.find((intake) => intake.isLeading)
                  : undefined;
              if (leader) {
                await leader.stepDown();
                handovers++;
              }
              await u.publishRecord({ raw: JSON.stringify(r), kind: r.kind, msgId: `${r.record_id}#${c}` });
            }
            await u.rated(
              records.map((r) => r.record_id),
              30_000,
            );
            const exact = records.reduce((sum, r) => sum + expectedTicks(r, rates), 0n);
            const wanted = Number(exact / TICKS_PER_CENT);
            const charged = async () =>
              (await ratedEvents(u))
                .filter((e) => e.account_id === partner.account_id)
                .reduce((s, e) => s + e.amount_cents, 0);
            if (wanted > 0) await waitFor(async () => (await charged()) >= wanted, { what: `${wanted} cents charged` });
            const stored = await u.rows<{ n: string; ticks: string }>(
              `select count(*)::text as n, coalesce(sum(cost_ticks), 0)::text as ticks from usage.usage_records where account_id = ?`,
              [partner.account_id],
            );
            expect(Number(stored[0].n)).toBe(records.length);
            expect(BigInt(stored[0].ticks)).toBe(exact);
            expect(await charged()).toBe(wanted);
          },
        ),
        { numRuns: 12 },
      );
      expect(runs).toBe(12);
      expect(handovers).toBeGreaterThanOrEqual(3);
      // Both replicas charged batches: each led in turn.
      expect(firstBatches.mock.calls.length).toBeGreaterThan(0);
      expect(secondBatches.mock.calls.length).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });

  // Last: it stops this world's intake.
  it("reads a recreated records stream from its start: the new stream's records are not skipped for the old position", async () => {
    const stream = usageRecordsStreamName(u.world.prefix);
    await waitFor(async () => (await u.recordsBehind()) === 0, { what: 'the records stream drained' });
    const [{ n: oldPosition }] = await u.rows(
      `select last_seq::int as n from usage.intake_positions where stream = ?`,
      [stream],
    );
    expect(oldPosition).toBeGreaterThan(3);
    await u.app.get(RecordIntake).stepDown(true);
    const jsm = await u.nc.jetstreamManager();
    await jsm.streams.delete(stream);
    await ensureUsageRecordsStream(jsm, u.world.prefix, 600);
    const { partner } = u.newAccounts();
    const n = await u.newNumber(partner);
    const records = [
      u.call(n, { billable_seconds: 60 }),
      u.call(n, { billable_seconds: 120 }),
      u.call(n, { billable_seconds: 180 }),
    ];
    for (const r of records) await u.publishRecord(r);
    const next = await startUsage({ USAGE_STANDBY_POLL_MS: '200' }, { world: u.world });
    try {
      await next.rated(records.map((r) => r.record_id));
      expect(
        await next.rows(`select last_seq::int as n from usage.intake_positions where stream = ?`, [stream]),
      ).toEqual([{ n: 3 }]);
    } finally {
      await next.close();
    }
  });
});
