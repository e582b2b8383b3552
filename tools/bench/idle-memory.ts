/**
 * `npm run bench:idle-memory`: checks the platform requirement that every service idles under 150 MB
 * RSS. Starts the seven services exactly as `npm start` does, but on a throwaway database and NATS
 * prefix so a running dev platform is neither disturbed nor measured, and removes both afterwards.
 */
import { randomBytes } from 'node:crypto';
import { Lifecycle } from '../dev/lifecycle';
import { say } from '../dev/log';
import { IDLE_RSS_BUDGET_MB, rssMb } from '../dev/memory';
import { freePort, sleep } from '../dev/probe';
import { migrateAll, serviceEnv, ServiceName, SERVICES, stopCommands } from '../dev/services';
import { ServiceGroup } from '../dev/supervisor';
import { throwawayWorld } from './throwaway-world';

const READY_TIMEOUT_MS = 60_000;
/** Start-up garbage and lazy initialisation settle within seconds; measuring earlier overstates idle memory. */
const SETTLE_MS = 10_000;
const SAMPLES = 5;
const SAMPLE_INTERVAL_MS = 1_000;

const lifecycle = new Lifecycle();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function printTable(rows: { name: ServiceName; medianMb: number | undefined }[]): void {
  const header = `${'service'.padEnd(16)}${'median RSS'.padStart(12)}${'budget'.padStart(10)}${'ratio'.padStart(8)}  result`;
  const lines = rows.map(({ name, medianMb }) => {
    const ratio = medianMb === undefined ? 'n/a' : `${(medianMb / IDLE_RSS_BUDGET_MB).toFixed(2)}x`;
    const result = medianMb !== undefined && medianMb <= IDLE_RSS_BUDGET_MB ? 'PASS' : 'FAIL';
    const rss = medianMb === undefined ? 'n/a' : `${medianMb.toFixed(1)} MB`;
    return `${name.padEnd(16)}${rss.padStart(12)}${`${IDLE_RSS_BUDGET_MB} MB`.padStart(10)}${ratio.padStart(8)}  ${result}`;
  });
  process.stdout.write(`\n${header}\n${'-'.repeat(header.length)}\n${lines.join('\n')}\n\n`);
}

async function main(): Promise<number> {
  const { root, databaseUrl, natsUrl, natsPrefix } = await throwawayWorld(lifecycle);

  // Free ports, so the bench runs next to an `npm start` that holds 3000 and 3090.
  const env = serviceEnv({
    DATABASE_URL: databaseUrl,
    NATS_URL: natsUrl,
    NATS_PREFIX: natsPrefix,
    OPERATOR_API_KEY: `op_${randomBytes(32).toString('base64url')}`,
    GATEWAY_PORT: String(await freePort()),
    CARRIER_SANDBOX_PORT: String(await freePort()),
  });

  const group = new ServiceGroup(root, env, { echo: false });
  lifecycle.onShutdown('services', async () => {
    await stopCommands();
    await group.stop();
  });

  say('applying migrations');
  await migrateAll(root, env, { echo: false });
  if (lifecycle.isStopping) return 0;
  say('starting the services');
  group.start();
  try {
    await group.waitUntilReady(READY_TIMEOUT_MS);
  } catch (err) {
    for (const name of SERVICES) group.tail(name).forEach((line) => say(line, name));
    throw err;
  }
  let dead: ServiceName | undefined;
  void group.firstUnexpectedExit().then(({ name }) => (dead = name));

  say(`all ready; idling ${SETTLE_MS / 1000} s, then ${SAMPLES} samples ${SAMPLE_INTERVAL_MS / 1000} s apart`);
  await sleep(SETTLE_MS);
  const processes = group.processes();
  const samples = new Map<ServiceName, number[]>(processes.map(({ name }) => [name, []]));
  for (let i = 0; i < SAMPLES; i++) {
    if (i) await sleep(SAMPLE_INTERVAL_MS);
    for (const { name, pid } of processes) {
      const mb = rssMb(pid);
      if (mb !== undefined) samples.get(name)?.push(mb);
    }
  }
  if (dead) group.tail(dead).forEach((line) => say(line, dead as string));

  const rows = SERVICES.map((name) => {
    const values = samples.get(name) ?? [];
    return { name, medianMb: values.length === SAMPLES ? median(values) : undefined };
  });
  printTable(rows);
  const failed = rows.filter((r) => r.medianMb === undefined || r.medianMb > IDLE_RSS_BUDGET_MB).map((r) => r.name);
  say(
    failed.length
      ? `FAIL: over ${IDLE_RSS_BUDGET_MB} MB (or not measurable): ${failed.join(', ')}`
      : `PASS: every service idles under ${IDLE_RSS_BUDGET_MB} MB`,
  );
  return failed.length ? 1 : 0;
}

lifecycle.run(main);
