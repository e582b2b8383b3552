import { spawn } from 'node:child_process';
import { SetupError } from '../dev/log';

const PGBENCH = process.env.PGBENCH_PATH || 'pgbench';

export interface PgbenchResult {
  tps: number;
  /** Average latency pgbench reports, in ms. */
  latencyMs: number;
  transactions: number;
  failed: number;
}

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(PGBENCH, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', (err) => reject(new SetupError(`cannot run ${PGBENCH}: ${err.message} (set PGBENCH_PATH)`)));
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new SetupError(`pgbench ${args[0]} exited ${code}:\n${out.slice(-2000)}`)),
    );
  });
}

/** `pgbench -i -s <scale>` on `databaseUrl` (a throwaway database: it creates the pgbench_* tables). */
export async function pgbenchInit(databaseUrl: string, scale: number): Promise<void> {
  await run(['-i', '-q', '-s', String(scale), databaseUrl]);
}

/** The built-in TPC-B-like script, `clients` connections over `threads` threads, for `seconds`. */
export async function pgbenchRun(
  databaseUrl: string,
  clients: number,
  threads: number,
  seconds: number,
): Promise<PgbenchResult> {
  const out = await run(['-c', String(clients), '-j', String(threads), '-T', String(seconds), '-n', databaseUrl]);
  const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
  const tps = num(/tps = ([\d.]+) \(without initial connection time\)/);
  if (!Number.isFinite(tps)) throw new SetupError(`pgbench printed no tps:\n${out}`);
  return {
    tps,
    latencyMs: num(/latency average = ([\d.]+) ms/),
    transactions: num(/number of transactions actually processed: (\d+)/),
    failed: num(/number of failed transactions: (\d+)/) || 0,
  };
}
