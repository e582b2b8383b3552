import { GatewayUsageWorld, startUsageWorld } from './usage-world';
import { OPERATOR_KEY } from './gateway-fixture';

type Key = { id: string; key: string };

/** Parses the CSV this API writes (quoted fields may hold commas and quotes; no newlines in our values). */
const parseCsv = (text: string) =>
  text
    .split('\r\n')
    .filter(Boolean)
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
        .slice(0, -1)
        .map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')),
    );

describe('usage routes: GET /v1/usage/records, /v1/usage/report (JSON and CSV), /v1/usage/held-records (gateway + usage)', () => {
  let w: GatewayUsageWorld;
  let partner: Key;
  let tenant: Key;
  let otherPartner: Key;
  let bulk: Key;
  const ids: Record<string, string> = {};

  const get = (path: string, who: Key | string, headers: Record<string, string> = {}) =>
    w.gw.call('GET', path, { key: typeof who === 'string' ? who : who.key, headers });
  const idsOf = (res: { body: { data: { id: string }[] } }) => res.body.data.map((r) => r.id);

  beforeAll(async () => {
    w = await startUsageWorld();
    partner = await w.gw.newPartner('Usage Partner');
    tenant = await w.gw.newTenant(partner, 'Usage Tenant');
    otherPartner = await w.gw.newPartner('Other Partner');
    bulk = await w.gw.newPartner('Bulk Partner');
    const u = w.usage;
    const partnerNumber = await u.newNumber(w.payer(partner));
    // The tenant pays 1.00 a minute per second; its partner pays the platform 0.60.
    const tenantNumber = await u.newNumber(w.payer(tenant, partner), {
      rates: { billing_initial_seconds: 1, billing_increment_seconds: 1 },
      partnerRates: { inbound_per_minute_micros: 600_000, billing_initial_seconds: 1, billing_increment_seconds: 1 },
    });
    const records = {
      p1: u.call(partnerNumber, { started_at: '2026-03-01T10:00:00.000Z', from: '=HYPERLINK("http://x")' }),
      t1: u.call(tenantNumber, {
        started_at: '2026-03-01T12:00:00.000Z',
        billable_seconds: 30,
        answered_at: '2026-03-01T12:00:01.000Z',
        ended_at: '2026-03-01T12:00:31.000Z',
      }),
      t2: u.message(tenantNumber, { sent_at: '2026-03-02T09:00:00.000Z', parts: 2 }),
    };
    for (const [name, r] of Object.entries(records)) ids[name] = r.record_id;
    await u.publishRated(Object.values(records));
  });

  afterAll(async () => {
    await w?.close();
  });

  it("lists records by who may see them: a tenant its own, its partner both, a partner acting as the tenant the tenant's, another partner none", async () => {
    const asTenant = await get('/v1/usage/records', tenant);
    expect(asTenant.status).toBe(200);
    expect(idsOf(asTenant)).toEqual([ids.t1, ids.t2]);
    expect(asTenant.body.data[0]).toMatchObject({
      record_type: 'usage_record',
      kind: 'call',
      billed_seconds: 30,
      cost_cents_decimal: '0.500000',
      partner_cost_cents_decimal: null,
    });
    const asPartner = await get('/v1/usage/records', partner);
    expect(idsOf(asPartner)).toEqual([ids.p1, ids.t1, ids.t2]);
    expect(asPartner.body.data[1]).toMatchObject({
      account_id: tenant.id,
      cost_cents_decimal: '0.500000',
      partner_cost_cents_decimal: '0.300000',
    });
    expect(idsOf(await get('/v1/usage/records', partner, { 'account-id': tenant.id }))).toEqual([ids.t1, ids.t2]);
    expect(idsOf(await get(`/v1/usage/records?tenant_id=${tenant.id}&kind=message`, partner))).toEqual([ids.t2]);
    expect(idsOf(await get('/v1/usage/records', otherPartner))).toEqual([]);
    expect(idsOf(await get(`/v1/usage/records?tenant_id=${tenant.id}`, otherPartner))).toEqual([]);
    const tenantFilter = await get(`/v1/usage/records?tenant_id=${tenant.id}`, tenant);
    expect(tenantFilter.status).toBe(403);
    expect(tenantFilter.body).toMatchObject({ code: 'partner_only' });
  });

  it('pages with meta.next_cursor', async () => {
    const first = await get('/v1/usage/records?limit=2', partner);
    expect(idsOf(first)).toEqual([ids.p1, ids.t1]);
    const next = await get(`/v1/usage/records?limit=2&cursor=${first.body.meta.next_cursor}`, partner);
    expect(idsOf(next)).toEqual([ids.t2]);
    expect(next.body.meta).toEqual({ total: null, next_cursor: null });
  });

  it.each([
    ['kind=fax', 'query.kind', 'enum'],
    ['limit=0', 'query.limit', 'min:1'],
    ['limit=1001', 'query.limit', 'max:1000'],
    ['from=yesterday', 'query.from', 'format:datetime'],
    ['phone_number=5125550100', 'query.phone_number', 'format:regex'],
    ['from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z', 'query.to', 'custom'],
    ['cursor=bogus', 'query.cursor', 'cursor'],
    ['colour=red', 'query.colour', 'unknown_field'],
  ])('GET /v1/usage/records?%s is a 400 naming %s', async (qs, field, rule) => {
    const res = await get(`/v1/usage/records?${qs}`, partner);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors).toEqual([expect.objectContaining({ field, rule })]);
  });

  it('a report per day and its totals; bad group_by is a 400', async () => {
    const res = await get('/v1/usage/report?group_by=day', partner);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      record_type: 'usage_report',
      group_by: 'day',
      currency: 'USD',
      data: [
        {
          key: '2026-03-01',
          calls: 2,
          messages: 0,
          message_parts: 0,
          billed_seconds: 150,
          minutes_decimal: '2.50',
          cost_cents_decimal: '2.500000',
        },
        {
          key: '2026-03-02',
          calls: 0,
          messages: 1,
          message_parts: 2,
          billed_seconds: 0,
          minutes_decimal: '0.00',
          cost_cents_decimal: '1.000000',
        },
      ],
      totals: {
        calls: 2,
        messages: 1,
        message_parts: 2,
        billed_seconds: 150,
        minutes_decimal: '2.50',
        cost_cents_decimal: '3.500000',
      },
    });
    const tenantOnly = await get('/v1/usage/report?group_by=tenant', tenant);
    expect(tenantOnly.body.data.map((r: { key: string }) => r.key)).toEqual([tenant.id]);
    const bad = await get('/v1/usage/report?group_by=week', partner);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'query.group_by', rule: 'enum' })]);
  });

  it('the report as CSV: a header named after the grouping, one row per key, a total row', async () => {
    const res = await get('/v1/usage/report?group_by=kind', partner, { accept: 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(parseCsv(res.text)).toEqual([
      [
        'kind',
        'calls',
        'messages',
        'message_parts',
        'billed_seconds',
        'minutes_decimal',
        'cost_cents_decimal',
        'currency',
      ],
      ['call', '2', '0', '0', '150', '2.50', '2.500000', 'USD'],
      ['message', '0', '1', '2', '0', '0.00', '1.000000', 'USD'],
      ['total', '2', '1', '2', '150', '2.50', '3.500000', 'USD'],
    ]);
  });

  it('records as CSV: every matching record, one row each, formula-like values defused; a bad query is still problem+json', async () => {
    const res = await get('/v1/usage/records', partner, { accept: 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('usage-records.csv');
    const [header, ...rows] = parseCsv(res.text);
    expect(header.slice(0, 3)).toEqual(['id', 'kind', 'phone_number']);
    expect(header).toContain('cost_cents_decimal');
    expect(rows.map((r) => r[0])).toEqual([ids.p1, ids.t1, ids.t2]);
    const from = header.indexOf('from');
    expect(rows[0][from]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[1][from]).toBe('+15125550100');
    const bad = await get('/v1/usage/records?kind=fax', partner, { accept: 'text/csv' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
  });

  it('a CSV export of thousands of records streams every page, each record once, in order', async () => {
    const numbers = ['+17375550001', '+17375550002'];
    const rows = Array.from({ length: 2_345 }, (_, i) => ({
      e164: numbers[i % 2],
      account_id: bulk.id,
      started_at: new Date(Date.UTC(2026, 2, 1) + Math.floor(i / 3) * 1000).toISOString(), // ties on started_at
      billable_seconds: 60,
      cost_ticks: 60_000_000n + BigInt(i),
    }));
    const written = await w.usage.insertRated(rows);
    const res = await get('/v1/usage/records', bulk, { accept: 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBeNull();
    const [, ...lines] = parseCsv(res.text);
    const expected = written
      .map((id, i) => ({ id, at: rows[i].started_at }))
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
    expect(lines.map((l) => l[0])).toEqual(expected.map((e) => e.id));
    const report = await get('/v1/usage/report?group_by=phone_number', bulk);
    expect(report.body.totals).toMatchObject({ calls: 2_345, billed_seconds: 2_345 * 60 });
    const sumTicks = rows.reduce((s, r) => s + r.cost_ticks, 0n);
    expect(report.body.totals.cost_cents_decimal).toBe(
      `${sumTicks / 60_000_000n}.${String(((sumTicks % 60_000_000n) + 30n) / 60n).padStart(6, '0')}`,
    );
  });

  it('held records: the operator sees them; an account key gets 403 operator_only; an operator listing records must name an account', async () => {
    const unknown = w.usage.message('+15125550177', { record_id: 'gw-held-1' });
    await w.usage.publishRecord(unknown);
    await w.usage.held(unknown.record_id);
    const res = await get('/v1/usage/held-records?limit=5', OPERATOR_KEY);
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({
      record_id: 'gw-held-1',
      reason: 'number_unknown',
      phone_number: '+15125550177',
    });
    expect(res.body.meta.total).toBeGreaterThanOrEqual(1);
    const denied = await get('/v1/usage/held-records', partner);
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ code: 'operator_only' });
    expect((await get('/v1/usage/held-records?limit=0', OPERATOR_KEY)).body.errors).toEqual([
      expect.objectContaining({ field: 'query.limit' }),
    ]);
    const noAccount = await get('/v1/usage/records', OPERATOR_KEY);
    expect(noAccount.status).toBe(400);
    expect(noAccount.body).toMatchObject({ code: 'account_id_required' });
    expect(idsOf(await get('/v1/usage/records', OPERATOR_KEY, { 'account-id': tenant.id }))).toEqual([ids.t1, ids.t2]);
  });
});
