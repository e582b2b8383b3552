import { spawn } from 'node:child_process';
import path from 'node:path';
import { connect, NatsConnection } from 'nats';
import { RpcClient } from '@did/messaging';
import { ServiceProcess } from '@did/service-testing';
import { createTestWorld, freePort, TestWorld } from '@did/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: loopback receivers allowed, fast retries
import { FAST_WEBHOOKS } from '../../notifications/test/notifications-fixture';
import { OPERATOR_KEY } from './gateway-fixture';
import { Scrape } from './prometheus-text';

const REPO_ROOT = path.resolve(__dirname, '../../..');

/** Every service with an ops port, each its own process as in production: its own metrics registry. */
export const PLATFORM_SERVICES = [
  'carrier-sandbox',
  'gateway',
  'inventory',
  'ordering',
  'routing',
  'porting',
  'notifications',
  'usage',
] as const;
export type PlatformService = (typeof PLATFORM_SERVICES)[number];

/** The whole platform as child processes on one test world, each with its ops port. */
export interface Platform {
  world: TestWorld;
  gatewayUrl: string;
  /** GET /metrics of `service`'s ops port, parsed. */
  scrape(service: PlatformService): Promise<Scrape>;
  /** Runs a one-shot command of a service binary (e.g. `inventory ingest`) on the world, and fails with its output unless it exits 0. */
  command(service: PlatformService, args: string[]): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts the carrier sandbox, then every other service at once, from their sources (as the crash
 * tests' ServiceProcess does), each counted as started when its ops port answers /health/ready.
 * `extra` adds settings per service.
 */
export async function startPlatform(
  extra: Partial<Record<PlatformService, Record<string, string>>> = {},
): Promise<Platform> {
  const world = await createTestWorld();
  const nc: NatsConnection = await connect({ servers: world.config.NATS_URL });
  const rpc = new RpcClient(nc, {
    service: 'platform-test',
    natsUrl: world.config.NATS_URL,
    prefix: world.prefix,
    rpcTimeoutMs: 5_000,
  });
  const ports = Object.fromEntries(
    await Promise.all(PLATFORM_SERVICES.map(async (s) => [s, await freePort()] as const)),
  ) as Record<PlatformService, number>;
  const [gatewayPort, carrierPort] = [await freePort(), await freePort()];
  const common: Record<string, string> = {
    DATABASE_URL: world.db.url,
    NATS_URL: world.config.NATS_URL,
    NATS_PREFIX: world.prefix,
    OUTBOX_POLL_MS: '50',
    RPC_TIMEOUT_MS: '10000',
    LOG_LEVEL: 'error',
    NO_COLOR: '1',
    DATABASE_POOL_MAX: '4',
    CARRIER_SANDBOX_URL: `http://127.0.0.1:${carrierPort}`,
  };
  const own: Record<PlatformService, Record<string, string>> = {
    'carrier-sandbox': { CARRIER_SANDBOX_PORT: String(carrierPort), ACTIVATION_DELAY_MS: '0', FAILURE_RATE: '0' },
    gateway: { GATEWAY_PORT: String(gatewayPort), OPERATOR_API_KEY: OPERATOR_KEY, RATE_LIMIT_BURST: '100000' },
    inventory: { CARRIER_POLL_INTERVAL_MS: '50' },
    ordering: {},
    routing: {},
    porting: {},
    notifications: FAST_WEBHOOKS,
    usage: {},
  };
  const envOf = (s: PlatformService) => ({ ...common, ...own[s], ...extra[s], OPS_PORT: String(ports[s]) });
  const opsUrl = (s: PlatformService) => `http://127.0.0.1:${ports[s]}`;
  const processes = new Map<PlatformService, ServiceProcess>();
  for (const s of PLATFORM_SERVICES)
    processes.set(
      s,
      new ServiceProcess(s, envOf(s), rpc, async () => (await fetch(`${opsUrl(s)}/health/ready`)).status === 200),
    );

  const stop = async () => {
    await Promise.all([...processes.values()].map((p) => p.stop()));
    await nc.close();
    await world.cleanup();
  };
  try {
    // Inventory, porting and routing call the carrier from their first poll.
    await processes.get('carrier-sandbox')!.start(120_000);
    await Promise.all(
      PLATFORM_SERVICES.filter((s) => s !== 'carrier-sandbox').map((s) => processes.get(s)!.start(120_000)),
    );
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    world,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}`,
    scrape: async (s) => {
      const res = await fetch(`${opsUrl(s)}/metrics`);
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${s} /metrics answered ${res.status}: ${text}`);
      return new Scrape(text);
    },
    command: (s, args) => runCommand(s, args, envOf(s)),
    stop,
  };
}

/** A service binary's one-shot command from its sources (ingest, fund-demo); resolves with its output once it exits 0. */
export function runCommand(service: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        './tools/jest/swc-cached-register.js',
        '-r',
        'tsconfig-paths/register',
        `apps/${service}/src/main.ts`,
        ...args,
      ],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env, OPS_PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${service} ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}
