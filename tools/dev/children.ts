import { ChildProcess, spawn } from 'node:child_process';

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
}

const live = new Set<ChildProcess>();
let lastResortInstalled = false;

/**
 * Spawns `command` in its own process group, so a Ctrl-C typed in the terminal reaches only the
 * launcher: it then stops the services before the NATS server they use, instead of everything
 * receiving the signal at once. The price is that nothing reaps the children for us, hence the
 * last-resort kill on exit.
 */
export function spawnChild(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): ChildProcess {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  live.add(child);
  child.once('exit', () => live.delete(child));
  child.once('error', () => {
    if (child.pid === undefined) live.delete(child);
  });
  if (!lastResortInstalled) {
    lastResortInstalled = true;
    process.once('exit', () => killNow([...live]));
  }
  return child;
}

export function isRunning(child: ChildProcess): boolean {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

/** Resolves once the process is gone (at once if it already is, or never started). */
export function whenExited(child: ChildProcess): Promise<ExitStatus> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => {
      if (child.pid === undefined) resolve({ code: null, signal: null, error });
    });
  });
}

/** Like whenExited, but also waits until its stdout and stderr are drained, so no last line is lost. */
export function whenClosed(child: ChildProcess): Promise<ExitStatus> {
  return new Promise((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => {
      if (child.pid === undefined) resolve({ code: null, signal: null, error });
    });
  });
}

export function describeExit(status: ExitStatus): string {
  if (status.error) return status.error.message;
  return status.signal ? `killed by ${status.signal}` : `exit code ${status.code}`;
}

/** SIGTERM, then SIGKILL for whatever still runs after `graceMs`. Returns the ones that had to be killed. */
export async function terminate(children: ChildProcess[], graceMs: number): Promise<ChildProcess[]> {
  const running = children.filter(isRunning);
  for (const child of running) child.kill('SIGTERM');
  const forced: ChildProcess[] = [];
  const timer = setTimeout(() => {
    for (const child of running.filter(isRunning)) {
      forced.push(child);
      child.kill('SIGKILL');
    }
  }, graceMs);
  await Promise.all(running.map(whenExited));
  clearTimeout(timer);
  return forced;
}

export function killNow(children: ChildProcess[] = [...live]): void {
  for (const child of children.filter(isRunning)) child.kill('SIGKILL');
}
