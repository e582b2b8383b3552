import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { connect } from 'nats';
import { findNatsServer } from '../dev/nats';
import { spawnChild, terminate, whenExited } from '../dev/children';
import { eachLine, SetupError } from '../dev/log';
import { answers, freePort, waitUntil } from '../dev/probe';

const CLUSTER_NAME = 'did-fleet';
const READY_TIMEOUT_MS = 30_000;

interface Node {
  name: string;
  clientPort: number;
  routePort: number;
  configFile: string;
  child: ChildProcess | null;
  log: string[];
}

/**
 * Three nats-server processes on loopback forming one JetStream cluster (each node: server_name,
 * cluster { name, listen, routes }, jetstream { store_dir }). A node keeps its ports and store across
 * a kill and restart, as a node of a real cluster does.
 */
export class NatsCluster {
  private constructor(private readonly nodes: Node[]) {}

  static async create(dir: string, size = 3): Promise<NatsCluster> {
    const ports = await Promise.all(Array.from({ length: size * 2 }, () => freePort()));
    const nodes = Array.from({ length: size }, (_, i) => ({
      name: `nats-${i + 1}`,
      clientPort: ports[i * 2],
      routePort: ports[i * 2 + 1],
    }));
    const routes = nodes.map((n) => `nats-route://127.0.0.1:${n.routePort}`);
    return new NatsCluster(
      nodes.map((n) => {
        const configFile = path.join(dir, `${n.name}.conf`);
        fs.writeFileSync(
          configFile,
          [
            `server_name: ${n.name}`,
            `listen: 127.0.0.1:${n.clientPort}`,
            `jetstream { store_dir: "${path.join(dir, n.name)}" }`,
            `cluster { name: ${CLUSTER_NAME}, listen: 127.0.0.1:${n.routePort}, routes: [${routes.join(', ')}] }`,
            '',
          ].join('\n'),
        );
        return { ...n, configFile, child: null, log: [] };
      }),
    );
  }

  /** Every node's client URL, comma-separated: what NATS_URL gets. */
  get url(): string {
    return this.nodes.map((n) => `nats://127.0.0.1:${n.clientPort}`).join(',');
  }

  names(): string[] {
    return this.nodes.map((n) => n.name);
  }

  async startAll(): Promise<void> {
    for (const node of this.nodes) this.spawn(node);
    await this.waitForJetStream();
  }

  /** SIGKILL: no goodbye to the other nodes, no flush of the store. */
  async kill(name: string): Promise<number> {
    const node = this.node(name);
    const child = node.child;
    if (!child) throw new Error(`${name} is not running`);
    const pid = child.pid ?? -1;
    node.child = null;
    child.kill('SIGKILL');
    await whenExited(child);
    return pid;
  }

  async restart(name: string): Promise<number> {
    const node = this.node(name);
    this.spawn(node);
    if (!(await waitUntil(() => answers('127.0.0.1', node.clientPort), READY_TIMEOUT_MS)))
      throw new SetupError(`${name} did not come back:\n${node.log.slice(-10).join('\n')}`);
    return node.child?.pid ?? -1;
  }

  async stop(): Promise<void> {
    await terminate(
      this.nodes.flatMap((n) => (n.child ? [n.child] : [])),
      5_000,
    );
  }

  private node(name: string): Node {
    const node = this.nodes.find((n) => n.name === name);
    if (!node) throw new Error(`no NATS node ${name}`);
    return node;
  }

  private spawn(node: Node): void {
    const binary = findNatsServer();
    if (!binary)
      throw new SetupError(
        'nats-server is not installed (apt-get install nats-server): the fleet test runs three of them',
      );
    const child = spawnChild(binary, ['-c', node.configFile]);
    const keep = (line: string) => node.log.splice(0, Math.max(0, node.log.push(line) - 50));
    eachLine(child.stdout, keep);
    eachLine(child.stderr, keep);
    node.child = child;
  }

  /** JetStream answers once the nodes found each other and elected a meta leader. */
  private async waitForJetStream(): Promise<void> {
    const nc = await connect({
      servers: this.url.split(','),
      waitOnFirstConnect: true,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 200,
    });
    try {
      const hasLeader = async () =>
        Boolean(await (await nc.jetstreamManager({ timeout: 2_000 })).getAccountInfo().catch(() => null));
      const ready = await waitUntil(() => hasLeader().catch(() => false), READY_TIMEOUT_MS, 300);
      if (!ready)
        throw new SetupError(
          `the NATS cluster has no JetStream meta leader after ${READY_TIMEOUT_MS} ms:\n${this.nodes.map((n) => `${n.name}: ${n.log.slice(-5).join('\n')}`).join('\n')}`,
        );
    } finally {
      await nc.close();
    }
  }
}
