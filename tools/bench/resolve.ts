/**
 * `npm run bench:resolve`: routing.resolve throughput and latency from one client process with
 * BENCH_IN_FLIGHT (64) requests in flight, beside a bare NATS request/reply echo responder in the same
 * run that answers every request with a reply of the same size. Both responders run in one child
 * process (two routing replicas and the echo), so the client's own CPU is the same for both.
 * Target: resolve >= 50% of the echo rate; p50/p99 printed.
 * Then the lag from a settings change (routing.settings.apply returned) to the first resolve that
 * shows it, across two replicas (the apply lands on one, resolves on both). Target < 100 ms.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { INestMicroservice } from '@nestjs/common';
import { connect, JSONCodec, NatsConnection } from 'nats';
import { Client } from 'pg';
import { readEnv } from '@did/config';
import { ResolveReply, RoutingPatterns, rpcSubject } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { runMigrations, schemaForService } from '@did/persistence';
import { createNatsService } from '@did/runtime';
import { AppModule, SERVICE } from '../../apps/routing/src/app.module';
import { loadRoutingConfig, RoutingConfig } from '../../apps/routing/src/config';
import { MIGRATIONS } from '../../apps/routing/src/migrations';
import { Lifecycle } from '../dev/lifecycle';
import { say } from '../dev/log';
import { throwawayWorld } from './throwaway-world';
import { LoadResult, percentile, runLoad } from './load';

const NUMBERS = Number(readEnv('BENCH_RESOLVE_NUMBERS') ?? 10_000);
const IN_FLIGHT = Number(readEnv('BENCH_IN_FLIGHT') ?? 64);
const SECONDS = Number(readEnv('BENCH_SECONDS') ?? 8);
const LAG_SAMPLES = Number(readEnv('BENCH_LAG_SAMPLES') ?? 100);
const TARGET_RATIO = 0.5;
const TARGET_LAG_MS = 100;
const ECHO_PATTERN = 'bench.echo';
const OWNER = { account_id: 'acc_bench_owner', partner_id: null };
const codec = JSONCodec<unknown>();

const e164Of = (i: number) => `+1512${String(i).padStart(7, '0')}`;

/** The child: two routing replicas and the echo responder, until the parent disconnects. */
async function serve(config: RoutingConfig, replyBytes: number): Promise<void> {
  const apps: INestMicroservice[] = [];
  for (let i = 0; i < 2; i++) {
    const app = await createNatsService(SERVICE, AppModule.forRoot(config), config, ['error']);
    await app.listen();
    apps.push(app);
  }
  const nc = await connect({ servers: config.NATS_URL });
  // A reply the size of a resolve answer, in the same packet shape.
  const filler = 'x'.repeat(
    Math.max(
      0,
      replyBytes - Buffer.byteLength(JSON.stringify({ id: randomUUID(), response: { pad: '' }, isDisposed: true })),
    ),
  );
  const reply = codec.encode({ id: randomUUID(), response: { pad: filler }, isDisposed: true });
  nc.subscribe(rpcSubject(config.NATS_PREFIX, ECHO_PATTERN), {
    queue: 'bench-echo',
    callback: (_err, msg) => msg.respond(reply),
  });
  process.send?.({ ready: true });
  process.on('disconnect', () => {
    void Promise.all(apps.map((a) => a.close())).finally(() => process.exit(0));
  });
}

async function seed(config: RoutingConfig): Promise<void> {
  const client = new Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `insert into routing.numbers (number_id, e164, owner_account_id, owner_partner_id, tenant_account_id, status, country_code, number_type, updated_at, activated_at)
       select 'pn_bench' || lpad(g::text, 10, '0'), '+1512' || lpad(g::text, 7, '0'), $1, null, null, 'active', 'US', 'local', now(), now() from generate_series(1, $2::int) g`,
      [OWNER.account_id, NUMBERS],
    );
    await client.query(
      `insert into routing.number_settings (number_id, cnam_display_name, caller_id, inbound_call_screening, recording, max_channels, voice_destination, updated_at)
       select 'pn_bench' || lpad(g::text, 10, '0'), 'Bench Co', null, 'flag_calls', true, 4, jsonb_build_object('type', 'queue', 'target', 'q_' || g), now() from generate_series(1, $1::int) g`,
      [NUMBERS],
    );
    await client.query(`vacuum analyze routing.numbers`);
  } finally {
    await client.end();
  }
}

/** Keeps IN_FLIGHT requests going for `seconds`; an answer carrying an error counts as one. */
function load(
  nc: NatsConnection,
  subject: string,
  body: (i: number) => Uint8Array,
  seconds: number,
): Promise<LoadResult> {
  let n = 0;
  const once = async () => {
    const msg = await nc.request(subject, body(n++), { timeout: 5_000 });
    const packet = codec.decode(msg.data) as { err?: unknown };
    if (packet.err) throw new Error(JSON.stringify(packet.err));
  };
  return runLoad(once, { concurrency: IN_FLIGHT, warmupMs: 0, durationMs: seconds * 1000 });
}

/** The p-th percentile of unsorted values. */
const pct = (xs: number[], p: number) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    p,
  );

async function main(lifecycle: Lifecycle): Promise<number> {
  const world = await throwawayWorld(lifecycle);
  const config = loadRoutingConfig({
    DATABASE_URL: world.databaseUrl,
    NATS_URL: world.natsUrl,
    NATS_PREFIX: world.natsPrefix,
    LOG_LEVEL: 'error',
    E911_POLL_INTERVAL_MS: '0',
  });
  await runMigrations({
    clientUrl: world.databaseUrl,
    schema: schemaForService(SERVICE),
    entities: [],
    migrations: MIGRATIONS,
    silentMigrations: true,
  });
  say(`seeding ${NUMBERS} configured numbers`);
  await seed(config);

  const nc = await connect({ servers: world.natsUrl });
  lifecycle.onShutdown('bench client', () => nc.close());
  const resolveSubject = rpcSubject(world.natsPrefix, RoutingPatterns.Resolve);
  const resolveBody = (i: number) =>
    codec.encode({
      pattern: RoutingPatterns.Resolve,
      id: randomUUID(),
      data: { to: e164Of((i % NUMBERS) + 1), from: '+14155550123' },
    });
  const echoBody = (i: number) =>
    codec.encode({
      pattern: ECHO_PATTERN,
      id: randomUUID(),
      data: { to: e164Of((i % NUMBERS) + 1), from: '+14155550123' },
    });

  // The reply size the echo must match: one real answer, from a replica started here briefly.
  const probe = await createNatsService(SERVICE, AppModule.forRoot(config), config, ['error']);
  await probe.listen();
  const sample = await nc.request(resolveSubject, resolveBody(0), { timeout: 5_000 });
  await probe.close();

  const child = fork(__filename, ['--serve', String(sample.data.length)], {
    env: { ...process.env, BENCH_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  lifecycle.onShutdown('responders', async () => {
    if (child.connected) child.disconnect();
    await new Promise((r) => setTimeout(r, 500));
    child.kill();
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`responder process exited (${code})`)));
  });

  say(`warming the resolve cache (${NUMBERS} numbers on 2 replicas)`);
  // Every number a few times, so each replica of the queue group has loaded each one (the runs measure hits).
  for (let pass = 0; pass < 4; pass++) {
    for (let i = 0; i < NUMBERS; i += IN_FLIGHT) {
      await Promise.all(
        Array.from({ length: Math.min(IN_FLIGHT, NUMBERS - i) }, (_, j) =>
          nc.request(resolveSubject, resolveBody(i + j), { timeout: 10_000 }),
        ),
      );
    }
  }
  await load(nc, rpcSubject(world.natsPrefix, ECHO_PATTERN), echoBody, 1);

  const runs: { what: string; rate: number; p50: number; p99: number; errors: number }[] = [];
  for (let round = 0; round < 2; round++) {
    for (const [what, subject, body] of [
      ['echo', rpcSubject(world.natsPrefix, ECHO_PATTERN), echoBody],
      ['resolve', resolveSubject, resolveBody],
    ] as const) {
      const r = await load(nc, subject, body, SECONDS);
      runs.push({ what, rate: r.rps, p50: r.p50Ms, p99: r.p99Ms, errors: r.errors });
      say(
        `${what.padEnd(7)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${r.p50Ms.toFixed(2)} ms  p99 ${r.p99Ms.toFixed(2)} ms  errors ${r.errors}${r.firstError ? ` (first: ${r.firstError})` : ''}`,
      );
    }
  }

  // Lag: apply returns, then resolve (spread over both replicas by the queue group) until the change shows.
  const rpc = new RpcClient(nc, {
    service: 'bench',
    natsUrl: world.natsUrl,
    prefix: world.natsPrefix,
    rpcTimeoutMs: 5_000,
  });
  const lags: number[] = [];
  for (let i = 0; i < LAG_SAMPLES; i++) {
    const k = (i % NUMBERS) + 1;
    const target = `lag_${i}`;
    await rpc.request(RoutingPatterns.SettingsApply, {
      caller: OWNER,
      number_id: e164Of(k),
      patch: { voice_destination: { type: 'queue', target } },
    });
    const applied = performance.now();
    for (;;) {
      const answer = await rpc.request<ResolveReply>(RoutingPatterns.Resolve, { to: e164Of(k), from: '+14155550123' });
      if (answer.destination?.target === target) break;
      if (performance.now() - applied > 5_000) throw new Error(`resolve never showed the change to ${e164Of(k)}`);
    }
    lags.push(performance.now() - applied);
  }

  const best = (what: string) => runs.filter((r) => r.what === what).reduce((a, b) => (b.rate > a.rate ? b : a));
  const echo = best('echo');
  const resolved = best('resolve');
  const ratio = resolved.rate / echo.rate;
  const lagP99 = pct(lags, 99);
  const pass = ratio >= TARGET_RATIO && lagP99 < TARGET_LAG_MS && runs.every((r) => r.errors === 0);
  process.stdout.write(
    [
      '',
      `${NUMBERS} numbers, ${IN_FLIGHT} in flight from one client, ${SECONDS} s per run, 2 rounds (best of each shown); reply ${sample.data.length} bytes`,
      `bare NATS echo      ${echo.rate.toFixed(0).padStart(7)} req/s  p50 ${echo.p50.toFixed(2)} ms  p99 ${echo.p99.toFixed(2)} ms`,
      `routing.resolve     ${resolved.rate.toFixed(0).padStart(7)} req/s  p50 ${resolved.p50.toFixed(2)} ms  p99 ${resolved.p99.toFixed(2)} ms`,
      `ratio resolve / echo: ${(ratio * 100).toFixed(0)}%  target >= ${TARGET_RATIO * 100}%  (per round: ${[0, 1].map((i) => `${((runs[2 * i + 1].rate / runs[2 * i].rate) * 100).toFixed(0)}%`).join(', ')})`,
      `settings change -> resolve shows it (${LAG_SAMPLES} changes, 2 replicas): p50 ${pct(lags, 50).toFixed(2)} ms  p99 ${lagP99.toFixed(2)} ms  max ${Math.max(...lags).toFixed(2)} ms  target < ${TARGET_LAG_MS} ms`,
      pass ? 'PASS' : 'FAIL',
      '',
    ].join('\n'),
  );
  return pass ? 0 : 1;
}

if (process.argv[2] === '--serve') {
  void serve(JSON.parse(process.env.BENCH_CONFIG ?? '{}') as RoutingConfig, Number(process.argv[3]));
} else {
  const lifecycle = new Lifecycle();
  lifecycle.run(() => main(lifecycle));
}
