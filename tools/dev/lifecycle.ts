import { killNow } from './children';
import { complain, say, SetupError } from './log';

/** Signals that mean "stop everything and exit" (SIGHUP: the terminal went away). */
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** npm forwards the terminal's Ctrl-C to us although we already got it: a repeat this soon is that echo. */
const REPEAT_IS_ECHO_MS = 1_000;

/**
 * Orderly shutdown for a launcher: what was started is stopped in reverse order (services before the
 * NATS server and PostgreSQL they use), once, whatever triggered it (a signal, a failure, the end).
 */
export class Lifecycle {
  private readonly cleanups: { name: string; run: () => Promise<void> }[] = [];
  private stopping?: Promise<never>;
  private stoppingSince = 0;

  /** `signalExitCode`: the exit code after a stop signal (0 for `npm start`, where Ctrl-C is how one stops it). */
  constructor(private readonly signalExitCode = 0) {}

  /** True once shutdown began: a launcher must not start anything new after that. */
  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  /** Registers something to undo at shutdown; the last registered is undone first. */
  onShutdown(name: string, run: () => Promise<void>): void {
    this.cleanups.push({ name, run });
  }

  handleSignals(): void {
    for (const signal of STOP_SIGNALS) {
      process.on(signal, () => {
        if (!this.stopping) {
          void this.shutdown(this.signalExitCode, `${signal}: stopping`);
        } else if (Date.now() - this.stoppingSince > REPEAT_IS_ECHO_MS) {
          say(`${signal} again: killing whatever is still running`);
          killNow();
        }
      });
    }
  }

  /** Stops everything and exits with `code`; later calls join the first (its code wins). */
  shutdown(code: number, reason?: string): Promise<never> {
    if (!this.stopping) {
      this.stoppingSince = Date.now();
      this.stopping = (async () => {
        if (reason) (code === 0 ? say : complain)(reason);
        for (const cleanup of [...this.cleanups].reverse()) {
          await cleanup
            .run()
            .catch((err: unknown) => say(`stopping ${cleanup.name} failed: ${(err as Error)?.message ?? String(err)}`));
        }
        if (reason && this.cleanups.length) say(code === 0 ? 'stopped' : `stopped (exit ${code})`);
        process.exit(code);
      })();
    }
    return this.stopping;
  }

  /** Runs `main`; a failure is reported (one line when the user can fix it) and everything is stopped. */
  run(main: () => Promise<number>): void {
    this.handleSignals();
    main().then(
      (code) => this.shutdown(code),
      (err: unknown) => this.shutdown(1, failureMessage(err)),
    );
  }
}

export function failureMessage(err: unknown): string {
  if (err instanceof SetupError) return err.message;
  if (err instanceof Error) return err.stack ?? err.message;
  return String(err);
}
