/**
 * `npm start`: the whole platform on one machine with one command. Uses the PostgreSQL and NATS that
 * are already there, or starts them (embedded PostgreSQL, a local nats-server); migrates, seeds a demo
 * partner, runs the services and prints how to call them. Ctrl-C stops everything it started.
 *
 * The voice edge sandbox places a little demo traffic (calls and messages on active numbers) so usage
 * and the console have records to show: `npm start -- --no-demo-traffic` or EDGE_DEMO_TRAFFIC=false turns it off.
 */
import path from 'node:path';
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
import {
  fundDemo,
  ingestDemoNumbers,
  migrateAll,
  MISSING_SERVICES,
  seedDemo,
  serviceEnv,
  SERVICES,
  stopCommands,
} from './services';
import { ServiceGroup } from './supervisor';

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;

const lifecycle = new Lifecycle();

/** Demo traffic unless `--no-demo-traffic` is given or EDGE_DEMO_TRAFFIC says false (or 0). */
function demoTrafficWanted(argv: string[]): boolean {
  if (argv.includes('--no-demo-traffic')) return false;
  return !/^(false|0)$/i.test(readEnv('EDGE_DEMO_TRAFFIC') ?? 'true');
}

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
  const carrierPort = Number(readEnv('CARRIER_SANDBOX_PORT') ?? 3090);
  const edgePort = Number(readEnv('VOICE_EDGE_SANDBOX_PORT') ?? 3091);
  const demoTraffic = demoTrafficWanted(process.argv.slice(2));
  const numbersPerCountry = Number(readEnv('DEMO_NUMBERS_PER_COUNTRY') ?? 25_000);
  const env = serviceEnv({
    DATABASE_URL: postgres.url,
    NATS_URL: nats.url,
    NATS_PREFIX: natsPrefix,
    OPERATOR_API_KEY: keys.operatorKey,
    DEMO_API_KEY: keys.demoKey,
    GATEWAY_PORT: String(gatewayPort),
    CARRIER_SANDBOX_PORT: String(carrierPort),
    CARRIER_SANDBOX_URL: readEnv('CARRIER_SANDBOX_URL') ?? `http://127.0.0.1:${carrierPort}`,
    VOICE_EDGE_SANDBOX_PORT: String(edgePort),
    // The rates are EDGE_CALLS_PER_MINUTE and EDGE_MESSAGES_PER_MINUTE (the sandbox's defaults: 6 and 4).
    EDGE_DEMO_TRAFFIC: String(demoTraffic),
    // The partner console, built by `npm run build` (apps/console), served by the gateway at /console/.
    CONSOLE_DIR: readEnv('CONSOLE_DIR') ?? path.join(root, 'dist', 'console'),
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
  await fundDemo(root, env, seed.partner_id, Number(readEnv('DEMO_FUNDING_CENTS') ?? 100_000));
  if (lifecycle.isStopping) return 0;

  for (const service of MISSING_SERVICES) say(`${service}: not started (apps/${service} has no src/main.ts yet)`);
  // Each service's health and metrics port: OPS_PORT_BASE (9400) plus its place in the list.
  const opsPortBase = Number(readEnv('OPS_PORT_BASE') ?? 9400);
  group = new ServiceGroup(root, env, {
    envOf: (name) => ({ OPS_PORT: String(opsPortBase + SERVICES.indexOf(name)) }),
  });
  group.start();
  await group.waitUntilReady(READY_TIMEOUT_MS);
  // Idle memory is what the 150 MB budget is about: sample it before the carrier generates a feed.
  const idleMemory = group.processes().map(({ name, pid }) => ({ name, pid, rssMb: rssMb(pid) }));
  say(`loading ${numbersPerCountry} numbers per country from the carrier sandbox`);
  await ingestDemoNumbers(root, env, numbersPerCountry);

  printBanner({
    gatewayPort,
    seed,
    operatorKey: keys.operatorKey,
    databaseUrl: postgres.url,
    natsUrl: nats.url,
    natsPrefix,
    voiceEdge: MISSING_SERVICES.includes('voice-edge-sandbox') ? undefined : { port: edgePort, demoTraffic },
    memory: idleMemory,
    // The voice edge sandbox has no ops port (it is not a platform service).
    opsPorts: SERVICES.filter((name) => name !== 'voice-edge-sandbox').map((name) => ({
      name,
      port: opsPortBase + SERVICES.indexOf(name),
    })),
  });

  const died = await group.firstUnexpectedExit();
  throw new SetupError(`${died.name} exited unexpectedly (${describeExit(died.status)}): stopping everything`);
}

lifecycle.run(main);
