import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { MESSAGING_ENTITIES } from '@did/messaging';
import { schemaForService, serviceOrmOptions } from '@did/persistence';
import { systemClock } from '@did/service-kit';
import { InventoryConfig } from '../config';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { readCarrierFeed } from './carrier-feed.client';
import { ingestRows } from './ingest-rows';

/** `main.js ingest [--countries US,CA,GB,IN] [--count-per-country N] [--seed S]`: load the carrier feed, print what happened. */
export async function runIngestCli(config: InventoryConfig, argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      countries: { type: 'string', default: 'US,CA,GB,IN' },
      'count-per-country': { type: 'string', default: '1000' },
      seed: { type: 'string' },
    },
  });
  const countPerCountry = Number(values['count-per-country']);
  if (!Number.isInteger(countPerCountry) || countPerCountry < 1)
    throw new Error('--count-per-country must be a positive integer');
  const countries = values.countries
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  const orm = await MikroORM.init(
    serviceOrmOptions({
      clientUrl: config.DATABASE_URL,
      schema: schemaForService('inventory'),
      entities: [...ENTITIES, ...MESSAGING_ENTITIES],
      migrations: MIGRATIONS,
      poolMax: 2,
    }),
  );
  try {
    const started = Date.now();
    const result = await ingestRows(
      orm.em.fork(),
      readCarrierFeed(config.CARRIER_SANDBOX_URL, { countries, countPerCountry, seed: values.seed }),
      systemClock.now(),
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `ingest: ${result.received} rows received, ${result.rejected} rejected, ${result.written} written in ${seconds.toFixed(1)} s (${Math.round(result.received / seconds)} rows/s)`,
    );
  } finally {
    await orm.close(true);
  }
}
