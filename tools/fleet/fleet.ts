import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ServiceName } from '@did/contracts';
import { describeExit, ExitStatus, spawnChild, terminate, whenClosed, whenExited } from '../dev/children';
import { eachLine, SetupError, stripAnsi } from '../dev/log';
import { serviceEnv } from '../dev/services';

const READY_TIMEOUT_MS = 120_000;
/** Every service logs this once it listens (logReady in @did/runtime). */
const READY_LINE = /\bready \(/;

/**
 * One replica of a service as its own process, run from source like the crash tests' ServiceProcess
 * (swc with a disk cache, so a restart loads in about a second), its output in a log file of the run.
 * Ready when it logs `ready (...)`: a health request over NATS could be answered by its twin.
 */
export class Replica {
  private child: ChildProcess | null = null;
  private readonly tail: string[] = [];
  /** Exits nobody asked for (not a kill or stop of ours): a replica must survive the faults around it. */
  readonly unexpectedExits: string[] = [];

  constructor(
    readonly service: ServiceName,
    readonly name: string,
    private readonly root: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
  ) {}

  get pid(): number {
    return this.child?.pid ?? -1;
  }

  async start(): Promise<number> {
    if (this.child) throw new Error(`${this.name} is already running`);
    const child = spawnSource(this.root, this.service, [], this.env);
    this.child = child;
    const log = fs.createWriteStream(this.logFile, { flags: 'a' });
    let ready = false;
    const onLine = (line: string) => {
      const clean = stripAnsi(line);
      log.write(`${clean}\n`);
      this.tail.splice(0, Math.max(0, this.tail.push(clean) - 30));
      if (READY_LINE.test(clean)) ready = true;
    };
    eachLine(child.stdout, onLine);
    eachLine(child.stderr, onLine);
    child.once('exit', (code, signal) => {
      log.end();
      if (this.child === child) {
        this.child = null;
        this.unexpectedExits.push(
          `${this.name} (pid ${child.pid}) exited by itself: ${describeExit({ code, signal })}`,
        );
      }
    });
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (!ready) {
      if (this.child !== child) throw new SetupError(`${this.name} exited while starting:\n${this.tail.join('\n')}`);
      if (Date.now() > deadline)
        throw new SetupError(`${this.name} not ready after ${READY_TIMEOUT_MS} ms:\n${this.tail.join('\n')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return child.pid ?? -1;
  }

  /** SIGKILL: no shutdown hook runs; whatever it was doing stops mid-step. */
  async kill(): Promise<number> {
    const child = this.detach();
    if (!child) throw new Error(`${this.name} is not running`);
    child.kill('SIGKILL');
    await whenExited(child);
    return child.pid ?? -1;
  }

  async stop(): Promise<void> {
    const child = this.detach();
    if (child) await terminate([child], 10_000);
  }

  private detach(): ChildProcess | null {
    const child = this.child;
    this.child = null;
    return child;
  }
}

/** `node apps/<service>/src/main.ts <args>` from source, in its own process group (see spawnChild). */
export function spawnSource(root: string, service: ServiceName, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const main = path.join('apps', service, 'src', 'main.ts');
  return spawnChild(
    process.execPath,
    ['-r', './tools/jest/swc-cached-register.js', '-r', 'tsconfig-paths/register', main, ...args],
    { env: serviceEnv(env), cwd: root },
  );
}

/** Runs a one-shot command of a service (migrate, ingest) to its end; fails with its output. */
export async function runServiceCommand(
  root: string,
  service: ServiceName,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const child = spawnSource(root, service, args, env);
  const output: string[] = [];
  eachLine(child.stdout, (line) => output.push(stripAnsi(line)));
  eachLine(child.stderr, (line) => output.push(stripAnsi(line)));
  const status: ExitStatus = await whenClosed(child);
  if (status.code !== 0)
    throw new SetupError(
      `${service} ${args.join(' ')} failed (${describeExit(status)}):\n${output.slice(-20).join('\n')}`,
    );
}
