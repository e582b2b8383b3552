import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { healthPattern, HealthReply } from '@did/contracts';
import { RpcClient } from '@did/messaging';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const TAIL_LINES = 40;

/**
 * A NATS service as a child process (TypeScript sources through tools/jest/swc-cached-register.js,
 * path aliases through tsconfig-paths), started and SIGKILLed at will by crash tests; `start` returns
 * once it answers `<service>.health` over NATS.
 */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  private readonly tail: string[] = [];
  /** Every stdout line since the first start, whole (the service's log, one JSON object a line unless LOG_FORMAT=pretty). */
  readonly stdoutLines: string[] = [];
  starts = 0;
  kills = 0;

  constructor(
    private readonly service: string,
    private readonly env: Record<string, string>,
    private readonly rpc: RpcClient,
    /** When the process counts as started; default: it answers `<service>.health` over NATS (an HTTP service passes e.g. its ops port's /health/ready). */
    private readonly ready: (() => Promise<boolean>) | null = null,
  ) {}

  async start(timeoutMs = 60_000): Promise<void> {
    if (this.child) throw new Error(`${this.service} is already running`);
    const child = spawn(
      process.execPath,
      [
        '-r',
        './tools/jest/swc-cached-register.js',
        '-r',
        'tsconfig-paths/register',
        `apps/${this.service}/src/main.ts`,
      ],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...this.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    this.starts++;
    const keep = (chunk: Buffer) => {
      this.tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      this.tail.splice(0, Math.max(0, this.tail.length - TAIL_LINES));
    };
    child.stdout?.on('data', keep);
    if (child.stdout)
      readline
        .createInterface({ input: child.stdout, crlfDelay: Infinity })
        .on('line', (line) => this.stdoutLines.push(line));
    child.stderr?.on('data', keep);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(
          `${this.service} exited while starting (${child.exitCode ?? child.signalCode}):\n${this.tail.join('\n')}`,
        );
      if (this.ready ? await this.ready().catch(() => false) : await this.answersHealth()) return;
      if (Date.now() > deadline)
        throw new Error(`${this.service} not healthy after ${timeoutMs} ms:\n${this.tail.join('\n')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private async answersHealth(): Promise<boolean> {
    const reply = await this.rpc
      .request(healthPattern(this.service), {}, { timeoutMs: 500, reply: HealthReply })
      .catch(() => null);
    return reply?.status === 'ok';
  }

  /** SIGKILL: no shutdown hook runs, whatever the process was doing stops mid-step. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    this.kills++;
    await exited;
  }

  /** SIGTERM for the end of the test: the service drains and closes. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  output(): string {
    return this.tail.join('\n');
  }
}
