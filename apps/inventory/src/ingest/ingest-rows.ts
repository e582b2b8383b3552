import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CarrierFeedNumber } from '@did/contracts';
import { NUMBERS } from '../db/sql';
import { nationalNumberOf } from '../registry/national-number';

export interface IngestResult {
  /** Rows read from the feed. */
  received: number;
  /** Rows skipped before loading: a country the platform does not sell in, or an e164 that does not fit it. */
  rejected: number;
  /** Numbers inserted or refreshed. The rest of the accepted rows were held, sold or otherwise not in stock, and left alone. */
  written: number;
}

/** The feed columns ingest copies per number (the bench's plain COPY loads the same ones). */
export const FEED_COLUMNS = [
  'e164',
  'country_code',
  'number_type',
  'region',
  'locality',
  'rate_center',
  'ndc',
  'nxx',
  'national_number',
  'capabilities',
  'carrier',
  'wholesale_setup_cents',
  'wholesale_monthly_cents',
  'wholesale_currency',
] as const;

/** COPY text format: backslash, tab, newline and carriage return escaped; null is \N. */
function field(value: string | number | null): string {
  if (value === null) return '\\N';
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function line(row: CarrierFeedNumber, national: string): string {
  // Capabilities are enum values (no commas, quotes or braces), so the array literal needs no quoting.
  const values = [
    row.e164,
    row.country_code,
    row.number_type,
    row.region,
    row.locality,
    row.rate_center,
    row.ndc,
    row.nxx,
    national,
    `{${row.capabilities.join(',')}}`,
    row.carrier,
    row.wholesale.setup_cents,
    row.wholesale.monthly_cents,
    row.wholesale.currency,
  ];
  return values.map(field).join('\t') + '\n';
}

/**
 * Memory for the load's own transaction only: the DISTINCT ON sort of a million staged rows and the
 * index builds of a first load spill to disk at the server defaults (4 MB / 64 MB).
 */
const LOAD_WORK_MEM = '128MB';
const LOAD_MAINTENANCE_WORK_MEM = '512MB';

/**
 * Bulk-loads carrier rows: COPY into a temporary staging table, then one INSERT ... SELECT that adds
 * new numbers and refreshes numbers still in plain stock. A number that is reserved, sold, aging or
 * blocked is never touched (the ON CONFLICT update is conditional on state = 'available'). One
 * transaction: a failed load leaves the registry as it was. Rows must already be valid
 * (CarrierFeedClient validates each one against the contract).
 *
 * A first load into an empty registry drops the secondary indexes, inserts and rebuilds them: building
 * an index once over a million rows (the trigram GIN above all) is several times cheaper than updating
 * it a million times. Nothing is held or sold in an empty table, so that path needs no ON CONFLICT.
 */
export async function ingestRows(
  em: EntityManager,
  rows: AsyncIterable<CarrierFeedNumber> | Iterable<CarrierFeedNumber>,
  now: Date,
): Promise<IngestResult> {
  const knex = em.getKnex();
  const client = (await knex.client.acquireConnection()) as PoolClient;
  const counts = { received: 0, rejected: 0 };
  try {
    await client.query('begin');
    await client.query(`set local work_mem = '${LOAD_WORK_MEM}'`);
    await client.query(`set local maintenance_work_mem = '${LOAD_MAINTENANCE_WORK_MEM}'`);
    // CREATE TABLE AS copies column types but no NOT NULL or defaults: staging takes the feed's columns only.
    await client.query(
      `create temporary table numbers_staging on commit drop as select ${FEED_COLUMNS.join(', ')} from ${NUMBERS} with no data`,
    );
    const copy = client.query(copyFrom(`copy numbers_staging (${FEED_COLUMNS.join(', ')}) from stdin`));
    await pipeline(Readable.from(encode(rows, counts)), copy);
    const written = (await claimEmptyRegistry(client)) ? await firstLoad(client, now) : await merge(client, now);
    await client.query('commit');
    return { ...counts, written };
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await knex.client.releaseConnection(client);
  }
}

const cols = FEED_COLUMNS.join(', ');
// DISTINCT ON: a feed that repeats a number must not make ON CONFLICT touch one row twice (nor break the key).
const selectStaged = `select distinct on (e164) ${cols}, 'available', '{}', $1::timestamptz, $1::timestamptz from numbers_staging order by e164`;

/**
 * True when the registry has no rows, and then it stays so until commit: the exclusive lock (needed to
 * drop indexes anyway) keeps every other reader and writer out. Searches of an empty registry wait for
 * the first load instead of finding nothing.
 */
async function claimEmptyRegistry(client: PoolClient): Promise<boolean> {
  const isEmpty = async () =>
    (await client.query<{ empty: boolean }>(`select not exists (select 1 from ${NUMBERS}) as empty`)).rows[0].empty;
  if (!(await isEmpty())) return false;
  await client.query(`lock table ${NUMBERS} in access exclusive mode`);
  return isEmpty();
}

async function firstLoad(client: PoolClient, now: Date): Promise<number> {
  // Rebuilt from the catalogue's own definitions, so this always restores exactly what the migrations made.
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
     from pg_index i where i.indrelid = $1::regclass and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [NUMBERS],
  );
  for (const index of indexes) await client.query(`drop index ${index.name}`);
  const inserted = await client.query(
    `insert into ${NUMBERS} (${cols}, state, tags, created_at, updated_at) ${selectStaged}`,
    [now],
  );
  for (const index of indexes) await client.query(index.definition);
  // Fresh statistics now rather than when autovacuum comes by: the first searches plan on them.
  await client.query(`analyze ${NUMBERS}`);
  return inserted.rowCount ?? 0;
}

async function merge(client: PoolClient, now: Date): Promise<number> {
  const updates = FEED_COLUMNS.filter((c) => c !== 'e164')
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  const merged = await client.query(
    `insert into ${NUMBERS} as n (${cols}, state, tags, created_at, updated_at) ${selectStaged}
     on conflict (e164) do update set ${updates}, updated_at = excluded.updated_at where n.state = 'available'`,
    [now],
  );
  return merged.rowCount ?? 0;
}

/** Feed rows as COPY lines in chunks (one write per ~1000 rows keeps the stream overhead small). */
async function* encode(
  rows: AsyncIterable<CarrierFeedNumber> | Iterable<CarrierFeedNumber>,
  counts: { received: number; rejected: number },
): AsyncGenerator<string> {
  let chunk = '';
  let inChunk = 0;
  for await (const row of rows) {
    counts.received++;
    const national = nationalNumberOf(row.e164, row.country_code);
    if (national === null) {
      counts.rejected++;
      continue;
    }
    chunk += line(row, national);
    if (++inChunk === 1000) {
      yield chunk;
      chunk = '';
      inChunk = 0;
    }
  }
  if (chunk) yield chunk;
}
