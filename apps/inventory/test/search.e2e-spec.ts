import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { InventoryPatterns, ReservationPatterns, SearchAvailableReply } from '@did/contracts';
import { readCarrierFeed } from '../src/ingest/carrier-feed.client';
import { IngestService } from '../src/ingest/ingest.service';
import { NumberRegistry } from '../src/registry/registry.service';
import {
  AUSTIN_444,
  AUSTIN_555,
  DALLAS,
  FLOWERS,
  fixtureRows,
  LONDON,
  TOLL_FREE_877,
  TOLL_FREE_888,
  TORONTO,
} from './fixture-numbers';
import { InventoryFixture, startInventory } from './inventory-fixture';

const caller = { account_id: 'acc_searcher', partner_id: null };

describe('inventory search over NATS (real PostgreSQL)', () => {
  let inv: InventoryFixture;
  const search = (query: Record<string, unknown>) =>
    inv.rpc.request<SearchAvailableReply>(InventoryPatterns.Search, { ...caller, ...query });
  const numbers = async (query: Record<string, unknown>) =>
    (await search({ limit: 100, ...query })).data.map((n) => n.phone_number);
  const invalid = async (query: Record<string, unknown>) => {
    const err = await search(query).then(
      () => null,
      (e) => e,
    );
    expect(err).toMatchObject({ type: 'invalid_request' });
    return err.errors.map((v: { field: string }) => v.field);
  };

  beforeAll(async () => {
    inv = await startInventory();
  });

  afterAll(async () => {
    await inv.close();
  });

  it('finds Austin, TX local numbers with SMS, with the caller prices from ordering', async () => {
    const reply = await search({
      country_code: 'US',
      number_type: 'local',
      region: 'TX',
      locality: 'Austin',
      features: 'sms',
      limit: 100,
    });
    const expected = [...AUSTIN_444, ...AUSTIN_555.filter((_, i) => i % 2 === 0)].sort();
    expect(reply.data.map((n) => n.phone_number)).toEqual(expected);
    expect(reply.meta).toEqual({ count: 15, total: 15, total_capped: false, next_cursor: null });
    expect(reply.data[0]).toEqual({
      phone_number: AUSTIN_444[0],
      country_code: 'US',
      region: 'TX',
      locality: 'Austin',
      rate_center: 'AUSTIN',
      national_destination_code: '512',
      number_type: 'local',
      capabilities: ['voice', 'sms', 'mms'],
      pricing: expect.objectContaining({ activation_fee_cents: 100, monthly_fee_cents: 150, currency: 'USD' }),
    });
  });

  it('requires every listed feature', async () => {
    expect(await numbers({ country_code: 'US', features: 'sms,mms' })).toEqual(AUSTIN_444);
    expect(await numbers({ country_code: 'US', features: ['voice', 'mms'] })).toEqual(AUSTIN_444);
  });

  it('filters by number type, region, locality and rate center (case-insensitive)', async () => {
    expect(await numbers({ country_code: 'US', number_type: 'toll_free' })).toEqual(
      [FLOWERS, ...TOLL_FREE_877, TOLL_FREE_888].sort(),
    );
    expect(await numbers({ country_code: 'US', locality: 'dallas' })).toEqual(DALLAS);
    expect(await numbers({ country_code: 'US', rate_center: 'Dallas' })).toEqual(DALLAS);
    expect((await numbers({ country_code: 'us', region: 'tx' })).length).toBe(30);
    expect(await numbers({ country_code: 'CA' })).toEqual([TORONTO]);
  });

  it('filters by area code and exchange', async () => {
    expect(await numbers({ country_code: 'US', national_destination_code: '214' })).toEqual(DALLAS);
    expect(await numbers({ country_code: 'US', national_destination_code: '512', nxx: '444' })).toEqual(AUSTIN_444);
    expect(await numbers({ country_code: 'GB', national_destination_code: '20' })).toEqual([LONDON]);
  });

  it('matches starts_with, ends_with and contains on the national number', async () => {
    expect(await numbers({ country_code: 'US', starts_with: '512444' })).toEqual(AUSTIN_444);
    expect(await numbers({ country_code: 'US', ends_with: '0104', number_type: 'local' })).toEqual([
      DALLAS[4],
      AUSTIN_444[4],
      AUSTIN_555[4],
    ]);
    expect(await numbers({ country_code: 'US', contains: '5550', number_type: 'toll_free' })).toEqual([
      ...TOLL_FREE_877,
      TOLL_FREE_888,
    ]);
    // +1 is the calling code, not part of the national number.
    expect(await numbers({ country_code: 'US', starts_with: '1512' })).toEqual([]);
  });

  it('finds vanity patterns: 877-555-XXXX, 800-FLOWERS and *', async () => {
    expect(await numbers({ country_code: 'US', pattern: '877-555-XXXX' })).toEqual(TOLL_FREE_877);
    expect(await numbers({ country_code: 'US', pattern: '800-FLOWERS' })).toEqual([FLOWERS]);
    expect(await numbers({ country_code: 'US', pattern: '(877) 555-010*' })).toEqual(TOLL_FREE_877);
    expect(await numbers({ country_code: 'US', pattern: '8**-555-0100' })).toEqual([TOLL_FREE_877[0], TOLL_FREE_888]);
    expect(await numbers({ country_code: 'US', pattern: '877-555-XXXXX' })).toEqual([]);
  });

  it("prices a GB number in the buyer's currency, from the price list's USD row for GB (no FX at run time)", async () => {
    const [london] = (await search({ country_code: 'GB' })).data;
    expect(london).toMatchObject({
      phone_number: LONDON,
      region: 'England',
      locality: 'London',
      pricing: { activation_fee_cents: 125, monthly_fee_cents: 158, currency: 'USD' },
    });
  });

  it('pages with a cursor: every number once, in e164 order', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const reply = await search({ country_code: 'US', locality: 'Austin', limit: 7, ...(cursor ? { cursor } : {}) });
      expect(reply.meta.total).toBe(25);
      seen.push(...reply.data.map((n) => n.phone_number));
      cursor = reply.meta.next_cursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toEqual([...AUSTIN_444, ...AUSTIN_555]);
  });

  it('defaults to 25 results', async () => {
    const reply = await search({ country_code: 'US' });
    expect(reply.meta.count).toBe(25);
    expect(reply.meta.next_cursor).not.toBeNull();
  });

  it('rejects bad filters naming the parameter', async () => {
    expect(await invalid({})).toEqual(['query.country_code']);
    expect(await invalid({ country_code: 'FR' })).toEqual(['query.country_code']);
    expect(await invalid({ country_code: 'US', national_destination_code: '51' })).toEqual([
      'query.national_destination_code',
    ]);
    expect(await invalid({ country_code: 'CA', national_destination_code: '4165' })).toEqual([
      'query.national_destination_code',
    ]);
    expect(await invalid({ country_code: 'US', nxx: '55' })).toEqual(['query.nxx']);
    expect(await invalid({ country_code: 'US', pattern: '877%555' })).toEqual(['query.pattern']);
    expect(await invalid({ country_code: 'US', pattern: '---' })).toEqual(['query.pattern']);
    expect(await invalid({ country_code: 'US', limit: 101 })).toEqual(['query.limit']);
    expect(await invalid({ country_code: 'US', limit: 0 })).toEqual(['query.limit']);
    expect(await invalid({ country_code: 'US', features: 'sms,telepathy' })).toEqual(['query.features[1]']);
    expect(await invalid({ country_code: 'US', contains: '55a' })).toEqual(['query.contains']);
    expect(await invalid({ country_code: 'US', number_type: 'premium' })).toEqual(['query.number_type']);
    expect(await invalid({ country_code: 'US', cursor: 'bm90LWEtY3Vyc29y' })).toEqual(['query.cursor']);
  });

  it('summarises available numbers per locality and per rate center', async () => {
    const byLocality = await inv.rpc.request(InventoryPatterns.Summary, {
      ...caller,
      country_code: 'US',
      number_type: 'local',
      region: 'TX',
    });
    expect(byLocality).toEqual({
      data: [
        { region: 'TX', name: 'Austin', count: 25 },
        { region: 'TX', name: 'Dallas', count: 5 },
      ],
      meta: { group_by: 'locality', total: 30 },
    });
    const byRateCenter = await inv.rpc.request(InventoryPatterns.Summary, {
      ...caller,
      country_code: 'US',
      region: 'TX',
      group_by: 'rate_center',
    });
    expect(byRateCenter).toMatchObject({
      data: [
        { name: 'AUSTIN', count: 25 },
        { name: 'DALLAS', count: 5 },
      ],
    });
  });

  it('hides aging numbers until their aging period is over', async () => {
    const target = DALLAS[4];
    await inv.rows(`update inventory.numbers set state = 'pending_release' where e164 = ?`, [target]);
    expect(await inv.app.get(NumberRegistry).beginAging([target], inv.em())).toBe(1);
    expect(await numbers({ country_code: 'US', locality: 'Dallas' })).not.toContain(target);
    inv.clock.advanceDays(inv.config.NUMBER_AGING_DAYS);
    expect(await numbers({ country_code: 'US', locality: 'Dallas' })).toContain(target);
    expect(await inv.app.get(NumberRegistry).restockAged(inv.em())).toBe(1);
    expect(
      (await inv.rows<{ state: string }>(`select state from inventory.numbers where e164 = ?`, [target]))[0].state,
    ).toBe('available');
  });
});

describe('carrier ingest', () => {
  let inv: InventoryFixture;

  beforeAll(async () => {
    inv = await startInventory({}, { loadFixture: false });
  });

  afterAll(async () => {
    await inv.close();
  });

  it('loads rows, derives the national number, and rejects rows that do not fit their country', async () => {
    const rows = [...fixtureRows(), { ...fixtureRows()[0], e164: '+449999999999', country_code: 'US' }];
    const result = await inv.app.get(IngestService).ingestRows(rows);
    expect(result).toEqual({ received: rows.length, rejected: 1, written: rows.length - 1 });
    const [london] = await inv.rows<Record<string, unknown>>(`select * from inventory.numbers where e164 = ?`, [
      LONDON,
    ]);
    expect(london).toMatchObject({
      national_number: '2071234567',
      ndc: '20',
      state: 'available',
      wholesale_currency: 'GBP',
      capabilities: ['voice'],
    });
  });

  it('refreshes numbers in stock but never touches a reserved number', async () => {
    const [held, free] = TOLL_FREE_877;
    await inv.rpc.request(ReservationPatterns.Create, {
      account_id: 'acc_holder',
      partner_id: null,
      phone_numbers: [held],
    });
    const changed = fixtureRows()
      .filter((r) => r.e164 === held || r.e164 === free)
      .map((r) => ({ ...r, carrier: 'new-carrier', wholesale: { ...r.wholesale, monthly_cents: 999 } }));
    const result = await inv.app.get(IngestService).ingestRows(changed);
    expect(result).toEqual({ received: 2, rejected: 0, written: 1 });
    const rows = await inv.rows<{
      e164: string;
      carrier: string;
      state: string;
      reserved_by_account_id: string | null;
    }>(`select e164, carrier, state, reserved_by_account_id from inventory.numbers where e164 = any(?) order by e164`, [
      [held, free],
    ]);
    expect(rows).toEqual([
      { e164: held, carrier: 'sandbox-carrier', state: 'reserved', reserved_by_account_id: 'acc_holder' },
      { e164: free, carrier: 'new-carrier', state: 'available', reserved_by_account_id: null },
    ]);
  });

  it('reads the carrier NDJSON feed over HTTP and loads it', async () => {
    let asked = '';
    const lines = fixtureRows();
    const server: Server = createServer((req, res) => {
      asked = req.url ?? '';
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      // Split mid-line so the client has to stitch chunks together.
      const body = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
      res.write(body.slice(0, 101));
      setTimeout(() => res.end(body.slice(101)), 10);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const rows = [];
      for await (const row of readCarrierFeed(url, { countries: ['US', 'GB'], countPerCountry: 3, seed: 's1' }))
        rows.push(row);
      expect(asked).toBe('/v1/inventory/feed?countries=US%2CGB&count_per_country=3&seed=s1');
      expect(rows).toEqual(lines);
      const result = await inv.app
        .get(IngestService)
        .ingestRows(readCarrierFeed(url, { countries: ['US'], countPerCountry: 3 }));
      // Everything but the number reserved in the previous test.
      expect(result).toEqual({ received: lines.length, rejected: 0, written: lines.length - 1 });
    } finally {
      server.close();
    }
  });

  it('stops on a feed line that breaks the contract, naming the line', async () => {
    const server = createServer((_req, res) => res.end(`${JSON.stringify(fixtureRows()[0])}\n{"e164":"nope"}\n`));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await expect(
        inv.app.get(IngestService).ingestRows(readCarrierFeed(url, { countries: ['US'], countPerCountry: 1 })),
      ).rejects.toThrow('carrier feed line 2');
    } finally {
      server.close();
    }
  });
});
