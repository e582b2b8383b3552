import { CarrierCountriesResponse, CarrierFeedNumber } from '@did/contracts';
import { feedLines, Sandbox, startSandbox } from './sandbox-app';

describe('inventory feed', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startSandbox();
  });

  afterAll(async () => {
    await sandbox.close();
  });

  it('gives the same first 100 rows for the same seed, whatever the count', async () => {
    const a = await feedLines(sandbox.baseUrl, 'countries=US,CA,GB,IN&count_per_country=100&seed=alpha');
    const b = await feedLines(sandbox.baseUrl, 'countries=US,CA,GB,IN&count_per_country=100&seed=alpha');
    const longer = await feedLines(sandbox.baseUrl, 'countries=US&count_per_country=1000&seed=alpha');
    expect(a).toHaveLength(400);
    expect(b).toEqual(a);
    expect(longer.slice(0, 100)).toEqual(a.slice(0, 100));
  });

  it('gives different rows for a different seed', async () => {
    const a = await feedLines(sandbox.baseUrl, 'countries=US&count_per_country=100&seed=alpha');
    const b = await feedLines(sandbox.baseUrl, 'countries=US&count_per_country=100&seed=beta');
    const shared = new Set(a.map((r) => r.e164));
    expect(b.filter((r) => shared.has(r.e164)).length).toBeLessThan(5);
  });

  it('emits rows that all validate as CarrierFeedNumber, in the currency of their country', async () => {
    const rows = await feedLines(sandbox.baseUrl, 'countries=US,CA,GB,IN&count_per_country=500');
    const currency: Record<string, string> = { US: 'USD', CA: 'CAD', GB: 'GBP', IN: 'INR' };
    for (const row of rows) {
      expect(CarrierFeedNumber.safeParse(row).error).toBeUndefined();
      expect(row.wholesale.currency).toBe(currency[row.country_code]);
      expect(row.capabilities).toContain('voice');
    }
    expect(new Set(rows.map((r) => r.country_code))).toEqual(new Set(['US', 'CA', 'GB', 'IN']));
    expect(new Set(rows.filter((r) => r.country_code === 'GB').map((r) => r.number_type))).toEqual(
      new Set(['local', 'mobile', 'national']),
    );
    expect(new Set(rows.filter((r) => r.country_code === 'IN').map((r) => r.number_type))).toEqual(
      new Set(['local', 'mobile']),
    );
  });

  it('has Austin, TX local numbers with SMS on +1512 for the default seed', async () => {
    const rows = await feedLines(sandbox.baseUrl, 'countries=US&count_per_country=100');
    const austin = rows.filter((r) => r.locality === 'Austin' && r.region === 'TX');
    expect(austin.length).toBeGreaterThan(0);
    expect(
      austin.every(
        (r) => r.e164.startsWith('+1512') && r.number_type === 'local' && r.rate_center === 'AUSTIN' && r.ndc === '512',
      ),
    ).toBe(true);
    expect(austin.some((r) => r.capabilities.includes('sms'))).toBe(true);
  });

  it('has 877-555-XXXX toll-free numbers without a place for the default seed', async () => {
    const rows = await feedLines(sandbox.baseUrl, 'countries=US&count_per_country=100');
    const vanity = rows.filter((r) => r.e164.startsWith('+1877555'));
    expect(vanity.length).toBeGreaterThan(0);
    for (const row of vanity)
      expect(row).toMatchObject({
        number_type: 'toll_free',
        region: null,
        locality: null,
        rate_center: null,
        ndc: '877',
        nxx: '555',
      });
  });

  it('keeps NANP exchanges valid: NXX never starts with 0 or 1 and is never N11', async () => {
    const rows = await feedLines(sandbox.baseUrl, 'countries=US,CA&count_per_country=2000&seed=nxx');
    for (const row of rows) {
      expect(row.nxx).toMatch(/^[2-9]\d\d$/);
      expect(row.nxx.slice(1)).not.toBe('11');
      expect(row.e164.slice(2, 5)).toBe(row.ndc);
      expect(row.e164.slice(5, 8)).toBe(row.nxx);
    }
  });

  it('streams 50,000 rows as NDJSON with exactly one distinct number per line', async () => {
    const res = await fetch(`${sandbox.baseUrl}/v1/inventory/feed?countries=US,GB&count_per_country=25000&seed=big`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await res.text()).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(50_000);
    expect(new Set(lines.map((line) => JSON.parse(line).e164)).size).toBe(50_000);
  }, 60_000);

  it('lists the supported countries with their currency', async () => {
    const res = await sandbox.get('/v1/inventory/countries');
    expect(res.status).toBe(200);
    const { data } = CarrierCountriesResponse.parse(res.body);
    expect(data.map((c) => [c.country_code, c.currency])).toEqual([
      ['US', 'USD'],
      ['CA', 'CAD'],
      ['GB', 'GBP'],
      ['IN', 'INR'],
    ]);
    expect(data.find((c) => c.country_code === 'US')).toMatchObject({
      name: 'United States',
      calling_code: '1',
      number_types: ['local', 'toll_free'],
    });
  });

  it.each([
    ['count_per_country=0', 'query.count_per_country'],
    ['count_per_country=abc', 'query.count_per_country'],
    ['count_per_country=2000001', 'query.count_per_country'],
    ['countries=US,XX', 'query.countries'],
    ['seed=has%20space', 'query.seed'],
    ['colour=blue', 'query.colour'],
  ])('rejects %s with a 400 naming %s', async (query, field) => {
    const res = await sandbox.get(`/v1/inventory/feed?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: 'invalid_request' });
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});
