import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { describeExit } from '../dev/children';
import { Lifecycle } from '../dev/lifecycle';
import { say, SetupError } from '../dev/log';
import { freePort } from '../dev/probe';
import { migrateAll, runCommand, serviceEnv, ServiceName, stopCommands } from '../dev/services';
import { ServiceGroup } from '../dev/supervisor';
import { throwawayWorld, ThrowawayWorld } from './throwaway-world';

const READY_TIMEOUT_MS = 60_000;

/** The built services of a bench run on a throwaway world, the gateway's address, the operator key and a pool on the database. */
export interface BenchPlatform {
  world: ThrowawayWorld;
  env: NodeJS.ProcessEnv;
  group: ServiceGroup;
  gatewayUrl: string;
  operatorKey: string;
  pool: Pool;
  /** `inventory ingest` of `count` numbers per country from the sandbox's HTTP feed. */
  ingest(countries: string[], count: number, seed: string): Promise<void>;
}

/**
 * Migrates a throwaway world, starts `services` (built, as `npm start` runs them) with rate limits
 * out of the way, and waits until they are ready. Everything is stopped and dropped by `lifecycle`.
 */
export async function startBenchPlatform(
  lifecycle: Lifecycle,
  services: readonly ServiceName[],
  extraEnv: Record<string, string> = {},
  /** Runs after the migrations, before the services start (e.g. `gateway seed-demo`). */
  beforeStart: (world: ThrowawayWorld, env: NodeJS.ProcessEnv) => Promise<void> = async () => undefined,
): Promise<BenchPlatform> {
  const world = await throwawayWorld(lifecycle);
  const operatorKey = `op_${randomBytes(32).toString('base64url')}`;
  const gatewayPort = await freePort();
  const carrierPort = await freePort();
  const env = serviceEnv({
    DATABASE_URL: world.databaseUrl,
    NATS_URL: world.natsUrl,
    NATS_PREFIX: world.natsPrefix,
    OPERATOR_API_KEY: operatorKey,
    DEMO_API_KEY: `dk_${randomBytes(32).toString('base64url')}`,
    GATEWAY_PORT: String(gatewayPort),
    CARRIER_SANDBOX_PORT: String(carrierPort),
    CARRIER_SANDBOX_URL: `http://127.0.0.1:${carrierPort}`,
    // A bench measures throughput: the per-key rate limit must not be what it measures.
    RATE_LIMIT_PER_MINUTE: '1000000000',
    RATE_LIMIT_BURST: '1000000000',
    ...extraEnv,
  });
  const group = new ServiceGroup(world.root, env, { echo: false });
  lifecycle.onShutdown('services', async () => {
    await stopCommands();
    await group.stop();
  });
  say('applying migrations');
  await migrateAll(world.root, env, { echo: false });
  await beforeStart(world, env);
  say(`starting ${services.join(', ')}`);
  group.start(services);
  try {
    await group.waitUntilReady(READY_TIMEOUT_MS);
  } catch (err) {
    for (const name of services) group.tail(name).forEach((line) => say(line, name));
    throw err;
  }
  const pool = new Pool({ connectionString: world.databaseUrl, max: 4 });
  lifecycle.onShutdown('bench pool', () => pool.end());
  return {
    world,
    env,
    group,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}`,
    operatorKey,
    pool,
    ingest: async (countries, count, seed) => {
      say(
        `loading ${count} numbers per country (${countries.join(', ')}): inventory ingest from the carrier sandbox's HTTP feed (seed ${seed})`,
      );
      const started = Date.now();
      const run = await runCommand(
        world.root,
        'inventory',
        ['ingest', '--countries', countries.join(','), '--count-per-country', String(count), '--seed', seed],
        env,
        { echo: true },
      );
      if (run.status.code !== 0) throw new SetupError(`inventory ingest failed (${describeExit(run.status)})`);
      say(`ingest command took ${((Date.now() - started) / 1000).toFixed(1)} s end to end (process start included)`);
    },
  };
}
