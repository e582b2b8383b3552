/**
 * `npm run test:fleet`: the platform as a fleet, under faults. A three-node NATS cluster (JetStream,
 * streams R3), two replicas of every service, the fleet's own PostgreSQL; a burst of orders, top-ups
 * and webhook-subscribed events during which one NATS node, one ordering replica and one notifications
 * replica are killed with SIGKILL and PostgreSQL is restarted. Then it checks the books, the numbers,
 * the webhooks and the dead letters, prints what it injected and what it checked, and exits 1 when a
 * check failed. See docs/fleet-test.md.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect } from 'nats';
import { Pool } from 'pg';
import { readEnv } from '@did/config';
import { Lifecycle } from '../dev/lifecycle';
import { say, SetupError } from '../dev/log';
import { repoRoot } from '../dev/repo-root';
import { ApiClient } from './api-client';
import { rng, runBurst } from './burst';
import { CheckResult, queryOn } from './checks/check';
import { checkDeadLetters } from './checks/dead-letters';
import { checkLedgers } from './checks/ledgers';
import { checkOrders } from './checks/orders';
import { checkStreams } from './checks/streams';
import { checkWebhooks, readEvents } from './checks/webhooks';
import { NatsCluster } from './cluster';
import { faultTimes, injectFaults } from './faults';
import { startFleet } from './fleet-setup';
import { FleetPostgres } from './postgres';
import { printReport } from './report';
import { settle } from './settle';
import { Tamper, tamperAll, TAMPERS } from './tamper';
import { WebhookReceiver } from './webhook-receiver';
import { availableNumbers, createBuyers } from './world';

const TAG = 'fleet';
const REPLICAS = 3;
/** The burst (FLEET_ORDERS, FLEET_TOP_UPS, FLEET_SPREAD_S move it: a heavier run to hunt a rare failure). */
function burstPlan(): { orders: number; topUps: number; spreadMs: number } {
  const number = (name: string, fallback: number) => {
    const value = Number(readEnv(name) ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new SetupError(`${name} must be a positive integer`);
    return value;
  };
  return {
    orders: number('FLEET_ORDERS', 40),
    topUps: number('FLEET_TOP_UPS', 20),
    spreadMs: number('FLEET_SPREAD_S', 40) * 1000,
  };
}
const SETTLE_TIMEOUT_MS = 180_000;

const lifecycle = new Lifecycle(130);

function tampersWanted(): Tamper[] {
  const values = (readEnv('FLEET_TAMPER') ?? '').split(',').filter(Boolean);
  const unknown = values.filter((v) => !(TAMPERS as readonly string[]).includes(v));
  if (unknown.length) throw new SetupError(`FLEET_TAMPER=${unknown.join(',')}: each one of ${TAMPERS.join(', ')}`);
  return values as Tamper[];
}

async function main(): Promise<number> {
  const root = repoRoot(__dirname);
  const seed = Number(readEnv('FLEET_SEED') ?? Math.floor(Math.random() * 2 ** 31));
  const tampers = tampersWanted();
  const plan = burstPlan();
  const began = Date.now();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'did-fleet-'));
  say(`seed ${seed} (FLEET_SEED=${seed} replays the burst's choices); logs and JetStream stores in ${runDir}`, TAG);

  const cluster = await NatsCluster.create(runDir);
  lifecycle.onShutdown('the NATS cluster', () => cluster.stop());
  await cluster.startAll();
  say(`NATS cluster ${cluster.names().join(', ')} at ${cluster.url}`, TAG);

  const postgres = await FleetPostgres.start(root);
  lifecycle.onShutdown('PostgreSQL', () => postgres.stop());
  say(`PostgreSQL ${postgres.url}`, TAG);

  const prefix = `fleet${randomBytes(3).toString('hex')}`;
  const operatorKey = `op_fleet_${randomBytes(24).toString('hex')}`;
  const fleet = await startFleet({
    root,
    runDir,
    natsUrl: cluster.url,
    databaseUrl: postgres.url,
    prefix,
    operatorKey,
    streamReplicas: tampers.includes('streams') ? 1 : REPLICAS,
    numbersToLoad: 300 + plan.orders * 2,
  });
  lifecycle.onShutdown('the services', () => fleet.stop());
  say(
    `fleet up after ${Math.round((Date.now() - began) / 1000)} s: ${fleet.replicas.map((r) => `${r.name} (pid ${r.pid})`).join(', ')}`,
    TAG,
  );

  const nc = await connect({ servers: cluster.url.split(','), maxReconnectAttempts: -1, reconnectTimeWait: 250 });
  lifecycle.onShutdown('the NATS connection', () => nc.close());
  const pool = new Pool({ connectionString: postgres.url, max: 2 });
  // The pool's idle connections are cut by the restart: a query after it simply opens a new one.
  pool.on('error', () => undefined);
  lifecycle.onShutdown('the database pool', () => pool.end());
  const q = queryOn(pool);
  const receiver = await new WebhookReceiver().start();
  lifecycle.onShutdown('the webhook receiver', () => receiver.stop());

  const api = new ApiClient(fleet.gatewayUrls);
  const buyers = await createBuyers(api, operatorKey, receiver);
  const numbers = await availableNumbers(api, buyers[0].key, plan.orders * 2);
  say(
    `${buyers.length} buyers (${buyers.map((b) => b.label).join(', ')}), each with a card, a top-up and a webhook endpoint; burst: ${plan.orders} orders, ${plan.topUps} top-ups over ${plan.spreadMs / 1000} s`,
    TAG,
  );

  const burstStart = Date.now();
  const [sent, injected] = await Promise.all([
    runBurst(api, buyers, numbers, plan, rng(seed)),
    injectFaults(
      {
        cluster,
        nc,
        prefix,
        ordering: fleet.replica('ordering', 1),
        notifications: fleet.replica('notifications', 1),
        postgres,
        q,
      },
      faultTimes(plan.spreadMs),
      burstStart,
    ),
  ]);
  for (const i of injected) say(`+${(i.atMs / 1000).toFixed(1)} s ${i.what}`, TAG);
  say(`burst answered after ${Math.round((Date.now() - burstStart) / 1000)} s; waiting for the fleet to settle`, TAG);
  const settled = await settle(q, nc, prefix, SETTLE_TIMEOUT_MS, (line) => say(line, TAG));
  say(`settled in ${Math.round(settled.tookMs / 1000)} s`, TAG);
  const tamperNotes = await tamperAll(tampers, q, receiver, fleet.replica('usage', 2));

  const events = await readEvents(nc, prefix);
  const checks: CheckResult[] = [
    await checkStreams(nc, prefix, REPLICAS),
    await checkOrders(q, sent),
    await checkLedgers(q, sent),
    checkWebhooks(events, buyers, receiver),
    await checkDeadLetters(q),
    {
      name: 'no replica died other than by the faults',
      figures: `${fleet.replicas.length} replicas`,
      problems: fleet.replicas.flatMap((r) => r.unexpectedExits),
    },
    {
      name: 'the fleet settled (nothing placing, pending, unpublished or unacknowledged)',
      figures: `in ${Math.round(settled.tookMs / 1000)} s after the burst`,
      problems: settled.unsettled,
    },
  ];
  const failed = printReport({ seed, injected, checks, tamperNotes, tookMs: Date.now() - began, runDir });
  return failed ? 1 : 0;
}

lifecycle.run(main);
