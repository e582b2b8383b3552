/**
 * `npm run bench:search`: search through the gateway (HTTP, auth, NATS hop, inventory, SQL) against
 * the very SQL inventory runs, sent straight from a `pg` Pool, at the same concurrency in the same run.
 * Target (issue 3): the gateway keeps at least 40% of the direct rate. Also prints the query plans and
 * checks that contains/pattern searches use an index, not a sequential scan of the numbers table.
 *
 * Runs on a throwaway database and NATS prefix; starts only carrier-sandbox, inventory and gateway;
 * loads the numbers through the real ingest path (`inventory ingest` from the sandbox's HTTP feed).
 */
import http from 'node:http';
import { Pool } from 'pg';
import { knex } from '@mikro-orm/postgresql';
import { readEnv } from '@did/config';
import { AvailableNumbersQuerySchema, SearchAvailableRequest, SearchAvailableRequestSchema } from '@did/contracts';
import { countQuery, pageQuery } from '../../apps/inventory/src/search/search-query';
import { Lifecycle } from '../dev/lifecycle';
import { say, SetupError } from '../dev/log';
import { seedDemo, ServiceName } from '../dev/services';
import { CpuMeter, describeCpuPerRequest } from './cpu-usage';
import { runLoad, LoadOptions, LoadResult } from './load';
import { startBenchPlatform } from './bench-platform';
import { ThrowawayWorld } from './throwaway-world';

const NUMBERS = Number(readEnv('BENCH_NUMBERS') ?? 1_000_000);
const CONCURRENCY = Number(readEnv('BENCH_CONCURRENCY') ?? 16);
const DURATION_MS = Number(readEnv('BENCH_DURATION_S') ?? 10) * 1000;
const WARMUP_MS = 3_000;
/** Once, before any measurement, per scenario and side (see main). */
const PROCESS_WARMUP_MS = 5_000;
const TARGET_RATIO = 0.4;
const FEED_SEED = 'bench-search';
// Ordering prices every search (inventory asks it once per search for the caller's price table, cached briefly).
const STARTED: readonly ServiceName[] = ['carrier-sandbox', 'ordering', 'inventory', 'gateway'];

const SCENARIOS = [
  {
    name: 'area code 512 + sms',
    query: 'country_code=US&national_destination_code=512&features=sms&limit=25',
    mustUseIndex: false,
  },
  { name: 'contains 7777', query: 'country_code=US&contains=7777&limit=25', mustUseIndex: true },
  {
    name: 'pattern 877-555-XXXX',
    query: 'country_code=US&number_type=toll_free&pattern=877-555-XXXX&limit=25',
    mustUseIndex: true,
  },
] as const;

type Scenario = (typeof SCENARIOS)[number];

/** `BENCH_ONLY=pattern,area` runs only the scenarios whose names contain one of the words, in that order. */
function selectedScenarios(): readonly Scenario[] {
  const only = readEnv('BENCH_ONLY');
  if (!only) return SCENARIOS;
  return only.split(',').flatMap((word) => SCENARIOS.filter((s) => s.name.includes(word.trim())));
}

const lifecycle = new Lifecycle();
/** Only to turn `?` placeholders into `$n` exactly as inventory's knex does; it never connects. */
const toNative = knex({ client: 'pg' });

interface Statement {
  sql: string;
  bindings: unknown[];
}

/** The two statements SearchService.search sends for `request` at `now` (page and capped count), in pg's native form. */
function statements(request: SearchAvailableRequest, now: Date): [Statement, Statement] {
  const native = (q: { text: string; params: unknown[] }) =>
    toNative
      .raw(q.text, q.params as never[])
      .toSQL()
      .toNative() as unknown as Statement;
  return [native(pageQuery(request, now, null)), native(countQuery(request, now))];
}

interface HttpReply {
  status: number;
  body: string;
}

function httpGet(agent: http.Agent, url: URL, headers: Record<string, string>): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

function planUsesSeqScanOnNumbers(plan: string): boolean {
  return /Seq Scan on (inventory\.)?numbers\b/.test(plan);
}

/**
 * {@link runLoad}, and the CPU each process spent per request over the whole run (warm-up included,
 * divided by every call made): where the time of the gateway path goes.
 */
async function measuredLoad(meter: CpuMeter, once: () => Promise<void>, options: LoadOptions): Promise<LoadResult> {
  let calls = 0;
  const before = await meter.snapshot();
  const result = await runLoad(async () => {
    await once();
    calls++;
  }, options);
  process.stdout.write(`${describeCpuPerRequest(CpuMeter.spent(before, await meter.snapshot()), calls)}\n`);
  return result;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

async function main(): Promise<number> {
  const seeded: Awaited<ReturnType<typeof seedDemo>>[] = [];
  const platform = await startBenchPlatform(
    lifecycle,
    STARTED,
    {},
    async (world: ThrowawayWorld, env: NodeJS.ProcessEnv) => {
      say('seeding the demo partner (gateway seed-demo)');
      seeded.push(await seedDemo(world.root, env));
    },
  );
  const [seed] = seeded;
  if (lifecycle.isStopping || !seed) return 0;
  const { world, group } = platform;
  await platform.ingest(['US'], NUMBERS, FEED_SEED);

  const pool = new Pool({ connectionString: world.databaseUrl, max: CONCURRENCY });
  lifecycle.onShutdown('bench pool', () => pool.end());
  // A freshly loaded table has no statistics until autovacuum comes by; a real registry has them.
  say('VACUUM ANALYZE inventory.numbers');
  await pool.query('vacuum analyze inventory.numbers');
  const stock = await pool.query<{ country_code: string; number_type: string; n: number }>(
    `select country_code, number_type, count(*)::int as n from inventory.numbers where state = 'available' group by 1, 2 order by 1, 2`,
  );
  say(`available numbers: ${stock.rows.map((r) => `${r.country_code} ${r.number_type} ${r.n}`).join(', ')}`);

  const meter = new CpuMeter(() => group.processes(), pool);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const auth = { authorization: `Bearer ${seed.api_key}` };
  const results: { name: string; direct: LoadResult; gateway: LoadResult; seqScan: boolean; mustUseIndex: boolean }[] =
    [];

  // The demo key acts as the demo partner, which has no parent: what the gateway sends as the caller.
  const targets = (scenario: Scenario) => ({
    request: SearchAvailableRequestSchema.parse({
      ...AvailableNumbersQuerySchema.parse(Object.fromEntries(new URLSearchParams(scenario.query))),
      account_id: seed.partner_id,
      partner_id: null,
    }),
    url: new URL(`/v1/numbers/available?${scenario.query}`, platform.gatewayUrl),
  });
  // What SearchService.search does per request: both statements at once, built at the request's instant.
  const directOnce = (request: SearchAvailableRequest) => async () => {
    const [p, c] = statements(request, new Date());
    await Promise.all([pool.query(p.sql, p.bindings), pool.query(c.sql, c.bindings)]);
  };
  const gatewayOnce = (url: URL) => async () => {
    const r = await httpGet(agent, url, auth);
    if (r.status !== 200) throw new Error(`HTTP ${r.status}: ${r.body.slice(0, 200)}`);
  };

  // The services start cold: without this, whichever scenario runs first measures JIT compilation
  // and heap growth (its gateway side cost ~2x the CPU per request of the same scenario run later).
  say(`warming up both paths: ${PROCESS_WARMUP_MS / 1000} s per scenario and side, not measured`);
  for (const scenario of selectedScenarios()) {
    const { request, url } = targets(scenario);
    const warmup = { concurrency: CONCURRENCY, warmupMs: PROCESS_WARMUP_MS, durationMs: 0 };
    await runLoad(directOnce(request), warmup);
    await runLoad(gatewayOnce(url), warmup);
  }

  for (const scenario of selectedScenarios()) {
    process.stdout.write(`\n=== ${scenario.name}: GET /v1/numbers/available?${scenario.query}\n`);
    const { request, url } = targets(scenario);

    // Same answer both ways, or the comparison would be meaningless.
    const [page] = statements(request, new Date());
    const direct = await pool.query<{ e164: string }>(page.sql, page.bindings);
    const reply = await httpGet(agent, url, auth);
    if (reply.status !== 200) throw new SetupError(`gateway answered ${reply.status}: ${reply.body.slice(0, 300)}`);
    const viaGateway = (JSON.parse(reply.body) as { data: { phone_number: string }[]; meta: unknown }).data.map(
      (d) => d.phone_number,
    );
    const directPage = direct.rows.slice(0, request.limit).map((r) => r.e164);
    const same = JSON.stringify(viaGateway) === JSON.stringify(directPage);
    process.stdout.write(
      `first page: ${viaGateway.length} numbers (${viaGateway.slice(0, 3).join(', ')}, ...), meta ${JSON.stringify(JSON.parse(reply.body).meta)}; direct SQL returns the same page: ${same ? 'yes' : 'NO'}\n`,
    );
    if (!same || !viaGateway.length)
      throw new SetupError(`scenario ${scenario.name}: gateway and direct SQL disagree or find nothing`);

    let seqScan = false;
    for (const [label, statement] of [
      ['page query', statements(request, new Date())[0]],
      ['count query', statements(request, new Date())[1]],
    ] as const) {
      const plan = await pool.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${statement.sql}`,
        statement.bindings,
      );
      const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      seqScan ||= planUsesSeqScanOnNumbers(text);
      process.stdout.write(
        `\n--- ${label}\n${statement.sql.replace(/\s+/g, ' ')}\n-- bindings ${JSON.stringify(statement.bindings)}\n${text}\n`,
      );
    }
    if (scenario.mustUseIndex)
      process.stdout.write(`\nplan check (no Seq Scan on numbers): ${seqScan ? 'FAIL' : 'PASS'}\n`);

    const options = { concurrency: CONCURRENCY, warmupMs: WARMUP_MS, durationMs: DURATION_MS };
    say(`direct: ${CONCURRENCY} concurrent, ${WARMUP_MS / 1000} s warm-up + ${DURATION_MS / 1000} s`);
    const directResult = await measuredLoad(meter, directOnce(request), options);
    say(`gateway: ${CONCURRENCY} concurrent, ${WARMUP_MS / 1000} s warm-up + ${DURATION_MS / 1000} s`);
    const gatewayResult = await measuredLoad(meter, gatewayOnce(url), options);
    for (const [label, r] of [
      ['direct', directResult],
      ['gateway', gatewayResult],
    ] as const) {
      process.stdout.write(
        `${label.padEnd(8)} ${fmt(r.rps).padStart(9)} req/s  p50 ${fmt(r.p50Ms, 2)} ms  p99 ${fmt(r.p99Ms, 2)} ms  (${r.requests} ok, ${r.errors} errors${r.firstError ? `; first: ${r.firstError}` : ''})\n`,
      );
    }
    results.push({
      name: scenario.name,
      direct: directResult,
      gateway: gatewayResult,
      seqScan,
      mustUseIndex: scenario.mustUseIndex,
    });
  }
  agent.destroy();

  const header = `${'scenario'.padEnd(22)}${'direct req/s'.padStart(13)}${'p50/p99 ms'.padStart(17)}${'gateway req/s'.padStart(15)}${'p50/p99 ms'.padStart(17)}${'ratio'.padStart(8)}  target  result  plan`;
  const lines = results.map((r) => {
    const ratio = r.gateway.rps / r.direct.rps;
    const pass = ratio >= TARGET_RATIO && !r.gateway.errors && !r.direct.errors;
    const plan = r.mustUseIndex ? (r.seqScan ? 'FAIL (Seq Scan)' : 'PASS (index)') : r.seqScan ? 'Seq Scan' : 'index';
    return `${r.name.padEnd(22)}${fmt(r.direct.rps).padStart(13)}${`${fmt(r.direct.p50Ms, 2)}/${fmt(r.direct.p99Ms, 2)}`.padStart(17)}${fmt(r.gateway.rps).padStart(15)}${`${fmt(r.gateway.p50Ms, 2)}/${fmt(r.gateway.p99Ms, 2)}`.padStart(17)}${fmt(ratio, 2).padStart(8)}  >=${TARGET_RATIO.toFixed(2)}   ${pass ? 'PASS' : 'FAIL'}    ${plan}`;
  });
  process.stdout.write(
    `\n${NUMBERS} numbers, concurrency ${CONCURRENCY}, ${DURATION_MS / 1000} s per side after ${WARMUP_MS / 1000} s warm-up\n${header}\n${'-'.repeat(header.length)}\n${lines.join('\n')}\n\n`,
  );
  const failed = results.filter(
    (r) =>
      r.gateway.rps / r.direct.rps < TARGET_RATIO ||
      r.gateway.errors ||
      r.direct.errors ||
      (r.mustUseIndex && r.seqScan),
  );
  say(
    failed.length
      ? `FAIL: ${failed.map((r) => r.name).join(', ')}`
      : 'PASS: every scenario keeps >= 40% of the direct rate, and contains/pattern plans use an index',
  );
  return failed.length ? 1 : 0;
}

lifecycle.run(main);
