import path from 'node:path';
import { readEnv } from '@did/config';
import { aptInstall, canAptInstall, findExecutable } from './apt';
import { describeExit, spawnChild, terminate, whenExited } from './children';
import { eachLine, say, SetupError } from './log';
import { answers, waitUntil } from './probe';
import { dataDir } from './repo-root';

export interface NatsServer {
  url: string;
  /** Where it came from, for the launcher's log. */
  source: string;
  /** Set only when we started the server, so we never stop one somebody else runs. */
  stop?: () => Promise<void>;
}

/** nats-server on the PATH, or where Debian's package puts it (/usr/sbin is not on every user's PATH). */
export function findNatsServer(): string | undefined {
  return findExecutable('nats-server');
}

/** Where to look for NATS, and where to start one; the defaults are `npm start`'s. */
export interface NatsOptions {
  /** Variables holding a URL to use as is; the first one set wins. */
  urlEnv: string[];
  /** A server that answers on 127.0.0.1:port is used; else nats-server is started on it. */
  port: number;
  /** The JetStream store of a server we start (default .data/nats). */
  storeDir?: string;
  /** When nats-server is missing, install Debian's package with apt-get (where there is one) instead of failing. */
  install: boolean;
}

const DEV_NATS: NatsOptions = { urlEnv: ['NATS_URL'], port: 4222, install: false };

/** NATS_URL if set; else a server already on 127.0.0.1:4222; else a nats-server we start with JetStream. */
export async function provideNats(root: string, options: Partial<NatsOptions> = {}): Promise<NatsServer> {
  const { urlEnv, port, storeDir, install } = { ...DEV_NATS, ...options };
  for (const name of urlEnv) {
    const given = readEnv(name);
    if (given) return { url: given, source: name };
  }
  const url = `nats://127.0.0.1:${port}`;
  if (await answers('127.0.0.1', port)) return { url, source: `already running on 127.0.0.1:${port}` };
  let binary = findNatsServer();
  if (!binary && install && canAptInstall()) {
    await aptInstall(['nats-server']);
    binary = findNatsServer();
    // Debian's package may start its own service on install.
    if (await answers('127.0.0.1', port))
      return { url, source: `already running on 127.0.0.1:${port} (installed just now)` };
  }
  if (!binary) {
    throw new SetupError(
      `NATS is not running on 127.0.0.1:${port} and nats-server is not installed: install it (\`apt-get install nats-server\`, or a release from https://github.com/nats-io/nats-server/releases) or set ${urlEnv.join(' or ')} to a running server with JetStream`,
    );
  }
  return startNatsServer(binary, port, storeDir ?? path.join(dataDir(root), 'nats'));
}

async function startNatsServer(binary: string, port: number, storeDir: string): Promise<NatsServer> {
  say(`starting ${binary} on 127.0.0.1:${port} (JetStream store ${storeDir})`);
  const child = spawnChild(binary, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir]);
  const output: string[] = [];
  const onLine = (line: string) => {
    output.push(line);
    // Its start-up banner is long; warnings and errors are what matters while the platform runs.
    if (/\[(WRN|ERR|FTL)\]/.test(line)) say(line, 'nats-server');
  };
  eachLine(child.stdout, onLine);
  eachLine(child.stderr, onLine);
  let exited: string | undefined;
  void whenExited(child).then((status) => (exited = describeExit(status)));
  const up = await waitUntil(async () => exited !== undefined || (await answers('127.0.0.1', port)), 15_000);
  if (!up || exited !== undefined) {
    await terminate([child], 2_000);
    output.slice(-15).forEach((line) => say(line, 'nats-server'));
    throw new SetupError(`nats-server did not start (${exited ?? `no answer on 127.0.0.1:${port} after 15 s`})`);
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    source: `nats-server started by this launcher (pid ${child.pid})`,
    stop: async () => {
      await terminate([child], 10_000);
    },
  };
}
