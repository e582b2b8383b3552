/** bench:webhooks' measuring instruments: CPU of its processes, the plain-POST baseline, the worker's and intake's stages, the census line. */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { exchange } from '@did/http-kit';
import { DeliveryClaims } from '../../../apps/notifications/src/deliveries/delivery-claims';
import { DeliveryOutcomes } from '../../../apps/notifications/src/deliveries/delivery-outcomes.service';
import { EventIntakeService } from '../../../apps/notifications/src/events/event-intake.service';
import { CpuSpent } from '../cpu-usage';
import { StatementCount } from '../statement-census';

/** CPU time (user + system, ms) used so far by these processes, from /proc (Linux); undefined where unreadable. */
export function cpuMs(pids: number[]): number | undefined {
  try {
    let ticks = 0;
    for (const pid of pids) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** CPU used by the bench process, the receiver and this database's PostgreSQL backends between start() and stop(), per delivery. */
export function cpuMeter(receiverPid: number, backendPids: number[]) {
  const parts = { self: [process.pid], receiver: [receiverPid], postgres: backendPids };
  let before: Record<string, number | undefined> = {};
  let after: Record<string, number | undefined> = {};
  const read = () => Object.fromEntries(Object.entries(parts).map(([k, pids]) => [k, cpuMs(pids)]));
  return {
    start: () => (before = read()),
    stop: () => (after = read()),
    report: (selfName: string, count: number) =>
      Object.keys(parts)
        .map((k) => {
          const used =
            after[k] !== undefined && before[k] !== undefined
              ? ((after[k] as number) - (before[k] as number)) / count
              : undefined;
          return `${k === 'self' ? selfName : k} ${used === undefined ? '?' : (used * 1000).toFixed(0)} µs`;
        })
        .join(', '),
  };
}

/** One plain POST per body, `concurrency` at a time, on keep-alive connections: with node:http, or with undici's dispatcher (what the worker sends with). */
export async function plainPosts(
  url: string,
  bodies: string[],
  concurrency: number,
  client: 'node:http' | 'undici',
): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const pool = new Pool(new URL(url).origin, { connections: concurrency });
  const path = new URL(url).pathname;
  const postNode = (body: string) =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const origin = new URL(url).origin;
  const postUndici = (body: string) =>
    exchange(
      pool,
      { origin, path, method: 'POST', headers: ['content-type', 'application/json'], body },
      60_000,
      false,
    );
  const post = client === 'undici' ? postUndici : postNode;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < bodies.length) await post(bodies[next++]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const rate = bodies.length / ((performance.now() - started) / 1000);
  agent.destroy();
  await pool.destroy();
  return rate;
}

/** Wraps the worker's two database stages to count their calls, rows and time while the worker runs alone. */
export function timeStages(app: { get<T>(type: new (...args: never[]) => T): T }) {
  const claims = app.get(DeliveryClaims);
  const outcomes = app.get(DeliveryOutcomes);
  const claim = claims.claim;
  const record = outcomes.record;
  const stats = { claim: { calls: 0, rows: 0, ms: 0 }, record: { calls: 0, rows: 0, ms: 0 } };
  claims.claim = async function (...args: Parameters<typeof claim>) {
    const t = performance.now();
    const rows = await claim.apply(this, args);
    stats.claim.calls++;
    stats.claim.rows += rows.length;
    stats.claim.ms += performance.now() - t;
    return rows;
  };
  outcomes.record = async function (...args: Parameters<typeof record>) {
    const t = performance.now();
    await record.apply(this, args);
    stats.record.calls++;
    stats.record.rows += args[0].length;
    stats.record.ms += performance.now() - t;
  };
  const line = (name: string, s: { calls: number; rows: number; ms: number }) =>
    `${name} ${s.calls} calls, ${(s.rows / Math.max(1, s.calls)).toFixed(1)} rows and ${(s.ms / Math.max(1, s.calls)).toFixed(1)} ms each`;
  return {
    stop: () => {
      claims.claim = claim;
      outcomes.record = record;
    },
    report: () => `${line('claim', stats.claim)}; ${line('record', stats.record)}`,
  };
}

/** The end-to-end phase's cost per delivery: statements, transactions, NATS messages and CPU of each process. */
export function describeCensus(
  sql: StatementCount,
  nats: { in: number; out: number },
  cpu: CpuSpent,
  deliveries: number,
): string {
  const per = (n: number) => (n / deliveries).toFixed(2);
  const cpuParts = [...cpu.perProcess]
    .sort((a, b) => b[1] - a[1])
    // The service runs inside the bench process: CpuMeter's "bench client" is notifications (intake and worker).
    .map(
      ([name, seconds]) =>
        `${name === 'bench client' ? 'notifications' : name} ${((seconds * 1e6) / deliveries).toFixed(0)} µs`,
    )
    .join(', ');
  const busy =
    cpu.machineBusyCores === null ? '' : `; machine busy ${cpu.machineBusyCores.toFixed(2)} of 2 cores (all users)`;
  return [
    `  census per delivery (end to end, notifications process): ${per(sql.statements)} SQL statements, ${per(sql.transactions)} transactions, NATS ${per(nats.in)} messages in and ${per(nats.out)} out`,
    `  CPU per delivery (end to end): ${cpuParts}${busy}`,
  ].join('\n');
}

/** Counts intake's batches (calls of its set-based handler), their events and time, during the end-to-end phase. */
export function countIntakeBatches(app: { get<T>(type: new (...args: never[]) => T): T }) {
  const intake = app.get(EventIntakeService);
  const recordMany = intake.recordMany;
  const stats = { calls: 0, events: 0, ms: 0 };
  intake.recordMany = async function (...args: Parameters<typeof recordMany>) {
    const t = performance.now();
    await recordMany.apply(this, args);
    stats.calls++;
    stats.events += args[0].length;
    stats.ms += performance.now() - t;
  };
  return {
    stop: () => (intake.recordMany = recordMany),
    report: () =>
      `intake ${stats.calls} batches, ${(stats.events / Math.max(1, stats.calls)).toFixed(1)} events and ${(stats.ms / Math.max(1, stats.calls)).toFixed(1)} ms each (handler only)`,
  };
}
