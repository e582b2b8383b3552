import {
  HeldRecordList,
  UsagePatterns,
  UsageRecordList,
  UsageRecordView,
  UsageReport,
  UsageReportGroup,
} from '@did/contracts';
import { minutesDecimal } from '../src/reports/usage-report.service';
import { ticksToCentsDecimal } from '../src/rating/cost';
import { RatedNumber, startUsage, TestAccount, TestAccounts, UsageWorld } from './usage-world';

/** The rejection of `p` (fails the test when it resolves). */
const failure = (p: Promise<unknown>): Promise<any> =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );

describe('usage read side: detail records, reports, held records (usage.records.list, usage.report, usage.held.list)', () => {
  let u: UsageWorld;
  let a: TestAccounts;
  let b: TestAccounts;
  let nP: RatedNumber;
  let nT1: RatedNumber;
  let nT2: RatedNumber;
  let nU: RatedNumber;
  const ids: Record<string, string> = {};

  const list = (caller: TestAccount, query: Record<string, unknown> = {}) =>
    u.rpc.request<UsageRecordList>(UsagePatterns.ListRecords, { caller, query });
  const report = (caller: TestAccount, query: Record<string, unknown> = {}) =>
    u.rpc.request<UsageReport>(UsagePatterns.Report, { caller, query });
  const idsOf = (page: UsageRecordList) => page.data.map((r) => r.id);
  /** Every page, following next_cursor. */
  const all = async (caller: TestAccount, query: Record<string, unknown> = {}) => {
    const out: UsageRecordView[] = [];
    let cursor: string | undefined;
    do {
      const page = await list(caller, { ...query, limit: 1000, ...(cursor ? { cursor } : {}) });
      out.push(...page.data);
      cursor = page.meta.next_cursor ?? undefined;
    } while (cursor);
    return out;
  };
  const named = (...names: string[]) => names.map((n) => ids[n]);
  const sorted = (names: string[], rows: { record_id: string; started_at: string }[]) => {
    const at = new Map(rows.map((r) => [r.record_id, new Date(r.started_at).getTime()]));
    return named(...names).sort((x, y) => at.get(x)! - at.get(y)! || (x < y ? -1 : 1));
  };
  let dbRows: any[];

  beforeAll(async () => {
    u = await startUsage();
    a = u.newAccounts();
    b = u.newAccounts();
    nP = await u.newNumber(a.partner);
    // The tenant pays 0.85 a minute per second; its partner pays the platform 0.50.
    nT1 = await u.newNumber(a.tenant, {
      rates: {
        inbound_per_minute_micros: 850_000,
        outbound_per_minute_micros: 850_000,
        billing_initial_seconds: 1,
        billing_increment_seconds: 1,
        message_inbound_micros: 700_000,
      },
      partnerRates: {
        inbound_per_minute_micros: 500_000,
        outbound_per_minute_micros: 500_000,
        billing_initial_seconds: 1,
        billing_increment_seconds: 1,
      },
    });
    nT2 = await u.newNumber(a.otherTenant);
    nU = await u.newNumber(b.tenant);
    const records = {
      c1: u.call(nP, { started_at: '2026-03-01T10:00:00.000Z' }),
      m1: u.message(nP, { sent_at: '2026-03-01T11:00:00.000Z', parts: 2 }),
      c2: u.call(nT1, {
        direction: 'outbound',
        started_at: '2026-03-01T10:00:00.000Z',
        answered_at: '2026-03-01T10:00:01.000Z',
        ended_at: '2026-03-01T10:00:31.000Z',
        billable_seconds: 30,
      }),
      c3: u.call(nT1, {
        started_at: '2026-03-02T09:00:00.000Z',
        answered_at: '2026-03-02T09:00:01.000Z',
        ended_at: '2026-03-02T09:01:02.000Z',
        billable_seconds: 61,
      }),
      m2: u.message(nT1, { direction: 'inbound', sent_at: '2026-03-02T12:00:00.000Z', parts: 3 }),
      c4: u.call(nT1, {
        started_at: '2026-03-03T00:00:00.000Z',
        answered_at: null,
        ended_at: '2026-03-03T00:00:20.000Z',
        billable_seconds: 0,
        hangup_cause: 'no_answer',
      }),
      c5: u.call(nT2, {
        started_at: '2026-03-02T23:59:59.999Z',
        answered_at: '2026-03-03T00:00:01.000Z',
        ended_at: '2026-03-03T00:00:11.000Z',
        billable_seconds: 10,
      }),
      c6: u.call(nU, { started_at: '2026-03-01T10:00:00.000Z' }),
    };
    for (const [name, r] of Object.entries(records)) ids[name] = r.record_id;
    dbRows = await u.publishRated(Object.values(records));
  });

  afterAll(async () => {
    await u?.close();
  });

  it("a tenant sees only the records it paid for, at its own price, never its partner's cost", async () => {
    const page = await list(a.tenant);
    expect(idsOf(page)).toEqual(sorted(['c2', 'c3', 'm2', 'c4'], dbRows));
    const c3 = page.data.find((r) => r.id === ids.c3)!;
    expect(c3).toMatchObject({
      record_type: 'usage_record',
      kind: 'call',
      phone_number: nT1.e164,
      account_id: a.tenant.account_id,
      direction: 'inbound',
      started_at: '2026-03-02T09:00:00.000Z',
      billable_seconds: 61,
      billed_seconds: 61,
      currency: 'USD',
      cost_cents_decimal: '0.864167', // 0.85 * 61 / 60, exact to the micro-unit
      partner_cost_cents_decimal: null,
      partner_charge_id: null,
    });
    expect(page.data.find((r) => r.id === ids.m2)).toMatchObject({
      kind: 'message',
      parts: 3,
      billed_seconds: 0,
      cost_cents_decimal: '2.100000',
    });
    expect(page.data.find((r) => r.id === ids.c4)).toMatchObject({
      answered_at: null,
      hangup_cause: 'no_answer',
      cost_cents_decimal: '0.000000',
    });
    expect(idsOf(await list(a.otherTenant))).toEqual(named('c5'));
    expect(idsOf(await list(b.tenant))).toEqual(named('c6'));
  });

  it("a partner sees its own records and its tenants', never another partner's tenants; its tenants' show the tenant's price and its own cost", async () => {
    const page = await list(a.partner);
    expect(idsOf(page)).toEqual(sorted(['c1', 'm1', 'c2', 'c3', 'm2', 'c4', 'c5'], dbRows));
    expect(page.data.find((r) => r.id === ids.c3)).toMatchObject({
      account_id: a.tenant.account_id,
      cost_cents_decimal: '0.864167',
      partner_cost_cents_decimal: '0.508333',
    });
    expect(page.data.find((r) => r.id === ids.c1)).toMatchObject({
      account_id: a.partner.account_id,
      cost_cents_decimal: '2.000000',
      partner_cost_cents_decimal: null,
      partner_charge_id: null,
    });
    expect(idsOf(await list(b.partner))).toEqual(named('c6'));
    expect(idsOf(await list(a.partner, { tenant_id: b.tenant.account_id }))).toEqual([]);
    expect(idsOf(await list(b.partner, { tenant_id: a.tenant.account_id }))).toEqual([]);
    expect((await report(b.partner, { group_by: 'tenant' })).data.map((r) => r.key)).toEqual([b.tenant.account_id]);
  });

  it('filters by kind, number, tenant, direction, date range and charge', async () => {
    expect(idsOf(await list(a.partner, { kind: 'message' }))).toEqual(sorted(['m1', 'm2'], dbRows));
    expect(idsOf(await list(a.partner, { phone_number: nT1.e164 }))).toEqual(sorted(['c2', 'c3', 'm2', 'c4'], dbRows));
    expect(idsOf(await list(a.partner, { tenant_id: a.tenant.account_id, kind: 'call' }))).toEqual(
      sorted(['c2', 'c3', 'c4'], dbRows),
    );
    expect(idsOf(await list(a.partner, { tenant_id: a.partner.account_id }))).toEqual(sorted(['c1', 'm1'], dbRows));
    expect(idsOf(await list(a.partner, { direction: 'outbound' }))).toEqual(sorted(['m1', 'c2'], dbRows));
    expect(idsOf(await list(a.partner, { from: '2026-03-02T00:00:00Z', to: '2026-03-03T00:00:00Z' }))).toEqual(
      sorted(['c3', 'm2', 'c5'], dbRows),
    );
    expect(idsOf(await list(a.partner, { from: '2026-03-03T00:00:00Z' }))).toEqual(named('c4'));

    const c2 = dbRows.find((r) => r.record_id === ids.c2);
    const byTenantCharge = dbRows.filter((r) => r.charge_id === c2.charge_id).map((r) => r.record_id);
    expect(idsOf(await list(a.tenant, { charge_id: c2.charge_id })).sort()).toEqual(byTenantCharge.sort());
    // The partner finds its own charge's records by its charge id: its own records and its tenants' (at platform cost) of that batch.
    const byPartnerCharge = dbRows
      .filter((r) => r.charge_id === c2.partner_charge_id || r.partner_charge_id === c2.partner_charge_id)
      .map((r) => r.record_id);
    expect(byPartnerCharge).toContain(ids.c2);
    expect(idsOf(await list(a.partner, { charge_id: c2.partner_charge_id })).sort()).toEqual(byPartnerCharge.sort());
    // ...which means nothing to the tenant, and the other partner cannot use the tenant's.
    expect(idsOf(await list(a.tenant, { charge_id: c2.partner_charge_id }))).toEqual([]);
    expect(idsOf(await list(b.partner, { charge_id: c2.charge_id }))).toEqual([]);
  });

  it('a tenant cannot filter by tenant (partner_only); a cursor it did not get is a 400 naming query.cursor', async () => {
    expect(await failure(list(a.tenant, { tenant_id: a.otherTenant.account_id }))).toMatchObject({
      type: 'forbidden',
      code: 'partner_only',
    });
    expect(await failure(report(a.tenant, { tenant_id: a.tenant.account_id }))).toMatchObject({ code: 'partner_only' });
    expect(await failure(list(a.partner, { cursor: 'not-a-cursor' }))).toMatchObject({
      type: 'invalid_request',
      code: 'validation_failed',
      errors: [{ field: 'query.cursor', rule: 'cursor' }],
    });
    expect(await failure(list(a.partner, { limit: 0 }))).toMatchObject({ errors: [{ field: 'query.limit' }] });
  });

  it('pages by (started_at, record_id): every record once, in order, ties on started_at split across pages', async () => {
    const expected = sorted(['c1', 'm1', 'c2', 'c3', 'm2', 'c4', 'c5'], dbRows);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: UsageRecordList = await list(a.partner, { limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...idsOf(page));
      cursor = page.meta.next_cursor;
      pages++;
    } while (cursor);
    expect(seen).toEqual(expected);
    expect(pages).toBe(expected.length);
    const two = await list(a.partner, { limit: 2 });
    expect(two.data).toHaveLength(2);
    const rest = await list(a.partner, { limit: 10, cursor: two.meta.next_cursor });
    expect([...idsOf(two), ...idsOf(rest)]).toEqual(expected);
    expect(rest.meta.next_cursor).toBeNull();
  });

  it.each<UsageReportGroup>(['day', 'phone_number', 'tenant', 'kind'])(
    'report by %s: each row and the totals are the sums of the records, to the sub-cent digit',
    async (group_by) => {
      for (const caller of [a.partner, a.tenant, b.partner]) {
        const rep = await report(caller, { group_by });
        const visible = new Set((await all(caller)).map((r) => r.id));
        const rows = dbRows.filter((r) => visible.has(r.record_id));
        const keyOf = (r: any) =>
          group_by === 'day'
            ? new Date(r.started_at).toISOString().slice(0, 10)
            : group_by === 'phone_number'
              ? r.e164
              : group_by === 'tenant'
                ? r.account_id
                : r.kind;
        const sum = (subset: any[]) => {
          const billed = subset.reduce((s, r) => s + r.billed_seconds, 0);
          return {
            calls: subset.filter((r) => r.kind === 'call').length,
            messages: subset.filter((r) => r.kind === 'message').length,
            message_parts: subset.reduce((s, r) => s + (r.parts ?? 0), 0),
            billed_seconds: billed,
            minutes_decimal: minutesDecimal(BigInt(billed)),
            cost_cents_decimal: ticksToCentsDecimal(subset.reduce((s, r) => s + BigInt(r.cost_ticks), 0n)),
          };
        };
        const keys = [...new Set(rows.map(keyOf))].sort();
        expect(rep).toEqual({
          record_type: 'usage_report',
          group_by,
          currency: 'USD',
          data: keys.map((key) => ({ key, ...sum(rows.filter((r) => keyOf(r) === key)) })),
          totals: sum(rows),
        });
      }
    },
  );

  it('report by UTC day with filters; an empty report has zero totals and no currency', async () => {
    const rep = await report(a.partner, { group_by: 'day', kind: 'call' });
    expect(rep.data.map((r) => [r.key, r.calls, r.messages])).toEqual([
      ['2026-03-01', 2, 0],
      ['2026-03-02', 2, 0],
      ['2026-03-03', 1, 0],
    ]);
    // c1: 90 s billed as 2 min at 1.00; c2: 30 s and c3: 61 s at 0.85 per second; c4 unanswered; c5: 10 s billed as 1 min at 1.00.
    expect(rep.totals).toMatchObject({
      calls: 5,
      billed_seconds: 120 + 30 + 61 + 60,
      minutes_decimal: '4.52',
      cost_cents_decimal: '4.289167',
    });
    const empty = await report(a.partner, { from: '2030-01-01T00:00:00Z' });
    expect(empty).toEqual({
      record_type: 'usage_report',
      group_by: 'day',
      currency: null,
      data: [],
      totals: {
        calls: 0,
        messages: 0,
        message_parts: 0,
        billed_seconds: 0,
        minutes_decimal: '0.00',
        cost_cents_decimal: '0.000000',
      },
    });
  });

  it('operators list held records latest first, with the reason', async () => {
    const unknown = u.message('+15125550199', { record_id: 'held-unknown-1' });
    await u.publishRecord(unknown);
    await u.held(unknown.record_id);
    await u.publishRecord({ raw: '{"record_id": "held-bad-1", "kind": "call"', msgId: 'held-bad-1' });
    await u.held('held-bad-1');
    const held = await u.rpc.request<HeldRecordList>(UsagePatterns.ListHeld, { limit: 10 });
    expect(held.meta.total).toBe(2);
    expect(held.data.map((h) => [h.record_id, h.reason])).toEqual([
      ['held-bad-1', 'malformed: not JSON'],
      ['held-unknown-1', 'number_unknown'],
    ]);
    expect(held.data[1]).toMatchObject({
      phone_number: '+15125550199',
      record_time: unknown.sent_at,
      payload: JSON.stringify(unknown),
    });
    expect(
      (await u.rpc.request<HeldRecordList>(UsagePatterns.ListHeld, { limit: 1 })).data.map((h) => h.record_id),
    ).toEqual(['held-bad-1']);
  });
});
