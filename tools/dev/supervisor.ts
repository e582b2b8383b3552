import type { ChildProcess } from 'node:child_process';
import { describeExit, ExitStatus, isRunning, terminate, whenExited } from './children';
import { eachLine, say, SetupError, stripAnsi } from './log';
import { SERVICES, ServiceName, spawnService } from './services';

/** What runtime's logReady prints once a service listens: the only reliable "up" signal for NATS-only services. */
const READY_MARKER = 'ready (';
/** Lines kept per service to show why it failed when its output is not echoed. */
const TAIL_LINES = 30;

interface Member {
  name: ServiceName;
  child: ChildProcess;
  ready: Promise<void>;
  isReady: boolean;
  exited: Promise<ExitStatus>;
  tail: string[];
}

export interface UnexpectedExit {
  name: ServiceName;
  status: ExitStatus;
}

/** The long-running services: started together, watched for readiness and for dying, stopped together. */
export class ServiceGroup {
  private readonly members: Member[] = [];
  private stopping = false;

  constructor(
    private readonly root: string,
    private readonly env: NodeJS.ProcessEnv,
    /** `envOf`: a service's own settings on top of the shared environment (npm start gives each its health/metrics port). */
    private readonly options: { echo?: boolean; envOf?: (name: ServiceName) => NodeJS.ProcessEnv } = {},
  ) {}

  start(names: readonly ServiceName[] = SERVICES): void {
    for (const name of names) {
      const child = spawnService(this.root, name, [], { ...this.env, ...this.options.envOf?.(name) });
      let markReady!: () => void;
      const member: Member = {
        name,
        child,
        isReady: false,
        ready: new Promise<void>((r) => (markReady = r)),
        exited: whenExited(child),
        tail: [],
      };
      const onLine = (line: string) => {
        if (this.options.echo ?? true) say(line, name);
        member.tail.push(line);
        if (member.tail.length > TAIL_LINES) member.tail.shift();
        if (!member.isReady && stripAnsi(line).includes(READY_MARKER)) {
          member.isReady = true;
          markReady();
        }
      };
      eachLine(child.stdout, onLine);
      eachLine(child.stderr, onLine);
      this.members.push(member);
    }
  }

  /** Resolves when every service said it is ready; rejects naming the first to die or those still not ready at the deadline. */
  async waitUntilReady(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const late = this.members.filter((m) => !m.isReady).map((m) => m.name);
        reject(new SetupError(`not ready after ${Math.round(timeoutMs / 1000)} s: ${late.join(', ')}`));
      }, timeoutMs);
    });
    const each = this.members.map((m) =>
      Promise.race([
        m.ready,
        m.exited.then((status) => {
          if (!m.isReady) throw new SetupError(`${m.name} exited before it was ready (${describeExit(status)})`);
        }),
      ]),
    );
    try {
      await Promise.race([Promise.all(each), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves with the first service that stops without being asked to. */
  firstUnexpectedExit(): Promise<UnexpectedExit> {
    return new Promise((resolve) => {
      for (const m of this.members) void m.exited.then((status) => this.stopping || resolve({ name: m.name, status }));
    });
  }

  /** The last lines a service printed: evidence for a failure when its output was not echoed. */
  tail(name: ServiceName): string[] {
    return this.members.find((m) => m.name === name)?.tail ?? [];
  }

  processes(): { name: ServiceName; pid: number }[] {
    return this.members.filter((m) => isRunning(m.child)).map((m) => ({ name: m.name, pid: m.child.pid as number }));
  }

  /** SIGTERM to every service (Nest closes connections and drains NATS), SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    const started = Date.now();
    const forced = await terminate(
      this.members.map((m) => m.child),
      graceMs,
    );
    for (const child of forced)
      say(`${this.members.find((m) => m.child === child)?.name} did not stop within ${graceMs / 1000} s: killed`);
    if (this.members.length) say(`services stopped in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
