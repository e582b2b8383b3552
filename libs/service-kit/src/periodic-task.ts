/**
 * A background job that runs `pass` every `intervalMs` (0: never, tests then call it by hand), one
 * pass at a time per process: a tick that finds a pass still running is skipped, not queued (the
 * running pass already sees what is due). Several replicas may run theirs at once; the passes make
 * that safe with SKIP LOCKED and unique keys.
 */
export class PeriodicTask<T> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<T> | null = null;

  constructor(
    private readonly intervalMs: number,
    private readonly pass: () => Promise<T>,
    private readonly onError: (err: Error) => void,
  ) {}

  /** Starts the ticks (call from onApplicationBootstrap). */
  start(): void {
    if (this.intervalMs > 0 && !this.timer) this.timer = setInterval(() => this.kick(), this.intervalMs);
  }

  /** Stops the ticks and waits for a pass in progress (call from onApplicationShutdown). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** A pass now in the background, unless one is running. */
  kick(): void {
    if (!this.running) void this.run().catch((err: Error) => this.onError(err));
  }

  /** The pass running now, or a new one. */
  run(): Promise<T> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  /** A pass that starts after any running one ends, so it sees everything committed before this call. */
  async runFresh(): Promise<T> {
    while (this.running) await this.running.catch(() => undefined);
    return this.run();
  }
}
