/**
 * `npm run bench:numbers-list`: the composed `GET /v1/numbers?limit=100` (HTTP, auth, inventory's
 * page, then ordering's billing and routing's settings of those 100 numbers in parallel) beside the
 * one SQL page inventory reads for it, sent straight from a `pg` pool, at the same concurrency in the
 * same run. Issue 5 asks for the ratio to be printed (it names no target).
 *
 * Runs on a throwaway database and NATS prefix; buys the numbers through the public API (orders of
 * 100) and waits until the carrier has activated them, so every part of the resource is real.
 */
import { randomUUID } from 'node:crypto';
import { readEnv } from '@did/config';
import { Lifecycle } from '../dev/lifecycle';
import { say } from '../dev/log';
import { ServiceName } from '../dev/services';
import { BenchHttp, expectStatus } from './bench-http';
import { startBenchPlatform } from './bench-platform';
import { CpuMeter, describeCpuPerRequest } from './cpu-usage';
import { runLoad } from './load';
import { createBuyers } from './order-buyers';

const OWNED = Number(readEnv('BENCH_OWNED_NUMBERS') ?? 500);
const CONCURRENCY = Number(readEnv('BENCH_CONCURRENCY') ?? 16);
const DURATION_MS = Number(readEnv('BENCH_DURATION_S') ?? 10) * 1000;
const WARMUP_MS = 3_000;
const PAGE = 100;
const STARTED: readonly ServiceName[] = ['carrier-sandbox', 'ordering', 'inventory', 'routing', 'gateway'];

const lifecycle = new Lifecycle();
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** The page inventory's list reads for an account (its columns, its visibility rule, e164 order, one row over the page). */
const DIRECT_PAGE_SQL = `select e164, number_id, country_code, number_type, region, locality, rate_center, capabilities, state, owner_account_id, owner_partner_id,
  tenant_account_id, purchase_order_id, reserved_by_account_id, reservation_id, reserved_until, aging_until, activated_at, released_at, release_reason,
  connection_id, tags, description, customer_reference, source, purchased_at, updated_at
  from inventory.numbers where owner_account_id is not null and (owner_account_id = $1 or owner_partner_id = $1 or tenant_account_id = $1)
  and state = any($2) order by e164, number_id limit ${PAGE + 1}`;

async function main(): Promise<number> {
  const platform = await startBenchPlatform(lifecycle, STARTED, {
    CARRIER_POLL_INTERVAL_MS: '200',
    ACTIVATION_DELAY_MS: '200',
    FAILURE_RATE: '0',
  });
  await platform.ingest(['US'], OWNED * 4, 'bench-numbers-list');
  const http = new BenchHttp(platform.gatewayUrl, CONCURRENCY + 4);
  const [buyer] = await createBuyers(
    http,
    platform.operatorKey,
    { partners: 1, tenants: 1 },
    { tenantCents: 100_000_000, partnerCents: 100_000_000 },
  );
  const stock = (
    await platform.pool.query<{ e164: string }>(
      `select e164 from inventory.numbers where state = 'available' and number_type = 'local' order by e164 limit $1`,
      [OWNED],
    )
  ).rows.map((r) => r.e164);
  say(`buying ${stock.length} numbers for one tenant (orders of 100)`);
  for (let i = 0; i < stock.length; i += 100) {
    const body = { country_code: 'US', number_type: 'local', phone_numbers: stock.slice(i, i + 100) };
    expectStatus(
      await http.request('POST', '/v1/number-orders', {
        key: buyer.key,
        headers: { 'idempotency-key': randomUUID() },
        body,
      }),
      201,
      'order',
    );
  }
  for (let waited = 0; ; waited++) {
    const { rows } = await platform.pool.query<{ active: number }>(
      `select count(*)::int as active from inventory.numbers where state = 'active' and owner_account_id = $1`,
      [buyer.tenantId],
    );
    if (rows[0].active >= stock.length) break;
    if (waited > 120) throw new Error(`only ${rows[0].active} of ${stock.length} numbers activated`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
  // Give routing a moment to project the activations (it answers settings for the numbers it knows).
  await new Promise((r) => setTimeout(r, 2_000));
  await platform.pool.query('vacuum analyze inventory.numbers');

  const meter = new CpuMeter(() => platform.group.processes(), platform.pool);
  const cpuBefore = await meter.snapshot();
  let pages = 0;
  const composed = await runLoad(
    async () => {
      const reply = await http.request('GET', `/v1/numbers?limit=${PAGE}`, { key: buyer.key });
      if (reply.status !== 200 || reply.body.data.length !== PAGE)
        throw new Error(`HTTP ${reply.status}: ${reply.text.slice(0, 200)}`);
      pages++;
    },
    { concurrency: CONCURRENCY, warmupMs: WARMUP_MS, durationMs: DURATION_MS },
  );
  // Warm-up included: the CPU each process spent per composed page.
  const cpu = describeCpuPerRequest(CpuMeter.spent(cpuBefore, await meter.snapshot()), pages);
  const direct = await runLoad(
    async () => {
      const { rows } = await platform.pool.query(DIRECT_PAGE_SQL, [
        buyer.tenantId,
        ['pending_purchase', 'active', 'porting_in'],
      ]);
      if (rows.length !== PAGE + 1) throw new Error(`direct page returned ${rows.length} rows`);
    },
    { concurrency: Math.min(CONCURRENCY, 4), warmupMs: WARMUP_MS, durationMs: DURATION_MS },
  );
  http.close();
  const ratio = composed.rps / direct.rps;
  process.stdout.write(
    [
      '',
      `owned-number list, one tenant holding ${stock.length} numbers, pages of ${PAGE}, ${DURATION_MS / 1000} s after ${WARMUP_MS / 1000} s warm-up`,
      `  composed GET /v1/numbers (inventory + ordering + routing): ${fmt(composed.rps).padStart(8)} /s  p50 ${fmt(composed.p50Ms)} ms  p99 ${fmt(composed.p99Ms)} ms  (${CONCURRENCY} in flight, ${composed.errors} errors${composed.firstError ? `; first: ${composed.firstError}` : ''})`,
      `  CPU ms per composed page: ${cpu}`,
      `  direct SQL page from a pg pool:                            ${fmt(direct.rps).padStart(8)} /s  p50 ${fmt(direct.p50Ms)} ms  p99 ${fmt(direct.p99Ms)} ms  (the pool's 4 connections)`,
      `  ratio composed / direct: ${fmt(ratio, 2)} (issue 5 names no target: printed for the record)`,
      '',
    ].join('\n'),
  );
  return composed.errors || direct.errors ? 1 : 0;
}

lifecycle.run(main);
