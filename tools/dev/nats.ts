import fs from 'node:fs';
import path from 'node:path';
import { readEnv } from '@did/config';
import { describeExit, spawnChild, terminate, whenExited } from './children';
import { eachLine, say, SetupError } from './log';
import { answers, waitUntil } from './probe';
import { dataDir } from './repo-root';

export const LOCAL_NATS_URL = 'nats://127.0.0.1:4222';

export interface NatsServer {
  url: string;
  /** Where it came from, for the launcher's log. */
  source: string;
  /** Set only when we started the server, so we never stop one somebody else runs. */
  stop?: () => Promise<void>;
}

/** nats-server on the PATH, or where Debian's package puts it (/usr/sbin is not on every user's PATH). */
export function findNatsServer(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs) {
    const candidate = path.join(dir, 'nats-server');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** NATS_URL if set; else a server already on 127.0.0.1:4222; else a nats-server we start with JetStream. */
export async function provideNats(root: string): Promise<NatsServer> {
  const given = readEnv('NATS_URL');
  if (given) return { url: given, source: 'NATS_URL' };
  if (await answers('127.0.0.1', 4222)) return { url: LOCAL_NATS_URL, source: 'already running on 127.0.0.1:4222' };
  const binary = findNatsServer();
  if (!binary) {
    throw new SetupError(
      'NATS is not running on 127.0.0.1:4222 and nats-server is not installed: install it (`apt-get install nats-server`, or a release from https://github.com/nats-io/nats-server/releases) or set NATS_URL to a running server with JetStream',
    );
  }
  return startNatsServer(binary, path.join(dataDir(root), 'nats'));
}

async function startNatsServer(binary: string, storeDir: string): Promise<NatsServer> {
  say(`starting ${binary} (JetStream store ${storeDir})`);
  const child = spawnChild(binary, ['-a', '127.0.0.1', '-p', '4222', '-js', '-sd', storeDir]);
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
  const up = await waitUntil(async () => exited !== undefined || (await answers('127.0.0.1', 4222)), 15_000);
  if (!up || exited !== undefined) {
    await terminate([child], 2_000);
    output.slice(-15).forEach((line) => say(line, 'nats-server'));
    throw new SetupError(`nats-server did not start (${exited ?? 'no answer on 127.0.0.1:4222 after 15 s'})`);
  }
  return {
    url: LOCAL_NATS_URL,
    source: `nats-server started by this launcher (pid ${child.pid})`,
    stop: async () => {
      await terminate([child], 10_000);
    },
  };
}
