/**
 * `npm start`: the whole platform on one machine with one command. Uses the PostgreSQL and NATS that
 * are already there, or starts them (embedded PostgreSQL, a local nats-server); migrates, seeds a demo
 * partner, runs the seven services and prints how to call them. Ctrl-C stops everything it started.
 */
import { readEnv } from '@did/config';
import { printBanner } from './banner';
import { describeExit } from './children';
import { loadDevKeys } from './dev-keys';
import { Lifecycle } from './lifecycle';
import { redactUrl, say, SetupError } from './log';
import { rssMb } from './memory';
import { provideNats } from './nats';
import { providePostgres } from './postgres';
import { repoRoot } from './repo-root';
import { migrateAll, seedDemo, serviceEnv, stopCommands } from './services';
import { ServiceGroup } from './supervisor';

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;

const lifecycle = new Lifecycle();

async function main(): Promise<number> {
  const root = repoRoot();

  // NATS first: when it cannot be had, we fail in a second instead of after initialising a database.
  const nats = await provideNats(root);
  if (nats.stop) lifecycle.onShutdown('nats-server', nats.stop);
  const natsPrefix = readEnv('NATS_PREFIX') ?? 'did';
  say(`NATS: ${nats.url}, prefix ${natsPrefix} (${nats.source})`);

  const postgres = await providePostgres(root);
  if (postgres.stop) lifecycle.onShutdown('PostgreSQL', postgres.stop);
  say(`PostgreSQL: ${redactUrl(postgres.url)} (${postgres.source})`);

  const keys = loadDevKeys(root);
  const gatewayPort = Number(readEnv('GATEWAY_PORT') ?? 3000);
  const env = serviceEnv({
    DATABASE_URL: postgres.url,
    NATS_URL: nats.url,
    NATS_PREFIX: natsPrefix,
    OPERATOR_API_KEY: keys.operatorKey,
    DEMO_API_KEY: keys.demoKey,
    GATEWAY_PORT: String(gatewayPort),
  });

  let group: ServiceGroup | undefined;
  lifecycle.onShutdown('services', async () => {
    await stopCommands();
    await group?.stop(STOP_GRACE_MS);
  });

  say('applying migrations');
  await migrateAll(root, env);
  say('seeding the demo partner');
  const seed = await seedDemo(root, env);
  if (lifecycle.isStopping) return 0;

  group = new ServiceGroup(root, env);
  group.start();
  await group.waitUntilReady(READY_TIMEOUT_MS);

  printBanner({
    gatewayPort,
    seed,
    operatorKey: keys.operatorKey,
    databaseUrl: postgres.url,
    natsUrl: nats.url,
    natsPrefix,
    memory: group.processes().map(({ name, pid }) => ({ name, pid, rssMb: rssMb(pid) })),
  });

  const died = await group.firstUnexpectedExit();
  throw new SetupError(`${died.name} exited unexpectedly (${describeExit(died.status)}): stopping everything`);
}

lifecycle.run(main);
