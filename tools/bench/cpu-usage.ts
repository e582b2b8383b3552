import fs from 'node:fs';
import type { Pool } from 'pg';

/** Linux reports process CPU in clock ticks; USER_HZ is 100 on every mainstream kernel build. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, or null when it is gone or not on Linux. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces: fields are counted after its closing paren.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Pids of processes named `comm` (as in /proc/<pid>/comm). */
function pidsNamed(comm: string): number[] {
  try {
    return fs
      .readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === comm;
        } catch {
          return false;
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}

/** Busy and total CPU seconds of the whole machine (every core), from /proc/stat. */
function machineCpuSeconds(): { busy: number; total: number } | null {
  try {
    const [cpu] = fs.readFileSync('/proc/stat', 'utf8').split('\n');
    const ticks = cpu.trim().split(/\s+/).slice(1).map(Number);
    const idle = ticks[3] + (ticks[4] ?? 0);
    const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

export interface CpuSnapshot {
  perProcess: Map<string, number>;
  machine: { busy: number; total: number } | null;
}

/** What each tracked process (and the machine) spent between two snapshots, in CPU seconds. */
export interface CpuSpent {
  perProcess: Map<string, number>;
  /** Busy cores on average over the window, everything on the machine included (other users too). */
  machineBusyCores: number | null;
}

/**
 * Samples the CPU time of named processes: this bench process, the services it started, the
 * PostgreSQL backends serving the bench database and the local NATS server. It tells which stage of
 * the gateway path costs what per request. The NATS server may serve other work too: its line is an
 * upper bound.
 */
export class CpuMeter {
  constructor(
    private readonly services: () => { name: string; pid: number }[],
    private readonly pool: Pool,
  ) {}

  async snapshot(): Promise<CpuSnapshot> {
    const perProcess = new Map<string, number>();
    const self = process.cpuUsage();
    perProcess.set('bench client', (self.user + self.system) / 1e6);
    for (const { name, pid } of this.services()) {
      const seconds = processCpuSeconds(pid);
      if (seconds !== null) perProcess.set(name, seconds);
    }
    for (const pid of pidsNamed('nats-server')) {
      const seconds = processCpuSeconds(pid);
      if (seconds !== null)
        perProcess.set('nats-server (shared)', (perProcess.get('nats-server (shared)') ?? 0) + seconds);
    }
    const backends = await this.pool.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    for (const { pid } of backends.rows) {
      const seconds = processCpuSeconds(pid);
      if (seconds !== null) perProcess.set(`pg backend ${pid}`, seconds);
    }
    return { perProcess, machine: machineCpuSeconds() };
  }

  /**
   * Differences from `before` to `after`; PostgreSQL backends are summed as one "postgres" line. A
   * backend that disconnected inside the window is missed (pools keep theirs while busy).
   */
  static spent(before: CpuSnapshot, after: CpuSnapshot): CpuSpent {
    const perProcess = new Map<string, number>();
    for (const [name, end] of after.perProcess) {
      // A backend that connected during the window spent all its CPU in it (pools open connections on demand).
      const start = before.perProcess.get(name) ?? (name.startsWith('pg backend ') ? 0 : undefined);
      if (start === undefined) continue;
      const key = name.startsWith('pg backend ') ? 'postgres' : name;
      perProcess.set(key, (perProcess.get(key) ?? 0) + (end - start));
    }
    const m0 = before.machine;
    const m1 = after.machine;
    const machineBusyCores =
      m0 && m1 && m1.total > m0.total ? ((m1.busy - m0.busy) / (m1.total - m0.total)) * coreCount() : null;
    return { perProcess, machineBusyCores };
  }
}

function coreCount(): number {
  try {
    return fs
      .readFileSync('/proc/stat', 'utf8')
      .split('\n')
      .filter((line) => /^cpu\d+ /.test(line)).length;
  } catch {
    return 1;
  }
}

/** `gateway 0.81 ms, inventory 0.52 ms, ...` per request, largest first. */
export function describeCpuPerRequest(spent: CpuSpent, requests: number): string {
  if (!requests) return 'no requests';
  const parts = [...spent.perProcess]
    .filter(([, seconds]) => seconds > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, seconds]) => `${name} ${((seconds * 1000) / requests).toFixed(2)}`);
  const total = [...spent.perProcess.values()].reduce((a, b) => a + b, 0);
  const machine =
    spent.machineBusyCores === null
      ? ''
      : `; machine busy ${spent.machineBusyCores.toFixed(2)} cores on average (all users)`;
  return `CPU ms per request: ${parts.join(', ')}; tracked total ${((total * 1000) / requests).toFixed(2)}${machine}`;
}
