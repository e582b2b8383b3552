import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../../..');

/** relay-child.ts as a real child process (TypeScript through the swc require hook, as ServiceProcess runs services). */
export class RelayProcess {
  private readonly child: ChildProcess;
  private output = '';

  constructor(env: {
    DATABASE_URL: string;
    NATS_URL: string;
    NATS_PREFIX: string;
    BATCH_SIZE: string;
    PAUSE_AFTER?: string;
  }) {
    this.child = spawn(
      process.execPath,
      [
        '-r',
        './tools/jest/swc-cached-register.js',
        '-r',
        'tsconfig-paths/register',
        'libs/messaging/test/relay-child.ts',
      ],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child.stdout?.on('data', (c: Buffer) => (this.output += c.toString('utf8')));
    this.child.stderr?.on('data', (c: Buffer) => (this.output += c.toString('utf8')));
  }

  /** Resolves once the child has written a line matching `pattern`; fails if it exits first. */
  async said(pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.output.match(pattern);
      if (match) return match;
      if (this.child.exitCode !== null)
        throw new Error(`relay exited (${this.child.exitCode}) before ${pattern}:\n${this.output}`);
      if (Date.now() > deadline)
        throw new Error(`relay did not say ${pattern} within ${timeoutMs} ms:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** SIGKILL: the open transaction is never committed, nothing after the pause runs. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGKILL');
    await exited;
  }
}
