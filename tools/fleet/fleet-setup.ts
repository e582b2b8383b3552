import path from 'node:path';
import { ServiceName } from '@did/contracts';
import { freePort } from '../dev/probe';
import { Replica, runServiceCommand } from './fleet';

/** The platform's services, two replicas each. The carrier sandbox stands for the carrier outside: one. The voice edge sandbox places no traffic here: not started. */
export const REPLICATED: readonly ServiceName[] = [
  'inventory',
  'ordering',
  'porting',
  'routing',
  'notifications',
  'usage',
  'gateway',
];
const REPLICAS_EACH = 2;

export interface FleetSettings {
  root: string;
  runDir: string;
  natsUrl: string;
  databaseUrl: string;
  prefix: string;
  operatorKey: string;
  streamReplicas: number;
  /** Numbers loaded from the carrier sandbox (US only): the burst's orders pick theirs from them. */
  numbersToLoad: number;
}

export interface Fleet {
  replicas: Replica[];
  gatewayUrls: string[];
  replica(service: ServiceName, index: number): Replica;
  stop(): Promise<void>;
}

/**
 * Migrates, starts the carrier sandbox, loads its numbers, then two replicas of every service (the
 * first of each, then the second: fifteen cold starts at once crawl on two cores). The timings are
 * shortened so what a fault leaves half-done is taken up again within the run.
 */
export async function startFleet(s: FleetSettings): Promise<Fleet> {
  const carrierPort = await freePort();
  const gatewayPorts = await Promise.all(Array.from({ length: REPLICAS_EACH }, () => freePort()));
  const env: NodeJS.ProcessEnv = {
    DATABASE_URL: s.databaseUrl,
    // Few connections each: 15 processes share the embedded server's 100.
    DATABASE_POOL_MAX: '4',
    NATS_URL: s.natsUrl,
    NATS_PREFIX: s.prefix,
    NATS_STREAM_REPLICAS: String(s.streamReplicas),
    LOG_LEVEL: 'log',
    OUTBOX_POLL_MS: '200',
    OPERATOR_API_KEY: s.operatorKey,
    RATE_LIMIT_BURST: '100000',
    RATE_LIMIT_PER_MINUTE: '100000',
    // A request cut off by the PostgreSQL restart keeps its key locked this long (default 120 s): the client's retries then get the order's real answer within the run.
    IDEMPOTENCY_LOCK_SECONDS: '15',
    CARRIER_SANDBOX_PORT: String(carrierPort),
    CARRIER_SANDBOX_URL: `http://127.0.0.1:${carrierPort}`,
    // A quarter of the numbers fail at the carrier, so refunds are part of every run.
    ACTIVATION_DELAY_MS: '300',
    FAILURE_RATE: '0.25',
    CARRIER_POLL_INTERVAL_MS: '250',
    ORDER_RECONCILE_INTERVAL_MS: '1000',
    ORDER_PLACING_TIMEOUT_MS: '5000',
    PAYMENT_RECONCILE_INTERVAL_MS: '1000',
    PAYMENT_RECONCILE_AFTER_MS: '5000',
    RENEWAL_INTERVAL_MS: '0',
    // An endpoint's lease is 8 timeouts + 30 s: what a killed notifications replica's endpoints wait before its twin sends to them (150 s by default).
    WEBHOOK_TIMEOUT_MS: '3000',
    WEBHOOK_ALLOW_HTTP: 'true',
    WEBHOOK_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    WEBHOOK_RETRY_SCHEDULE_MS: '250,500,1000,2000,4000,8000',
    WEBHOOK_POLL_MS: '200',
    WEBHOOK_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
  };
  const all: ServiceName[] = [...REPLICATED, 'carrier-sandbox'];
  await Promise.all(all.map((service) => runServiceCommand(s.root, service, ['migrate'], env)));

  const replica = (service: ServiceName, index: number, extra: NodeJS.ProcessEnv = {}) => {
    const name = `${service}-${index}`;
    return new Replica(service, name, s.root, { ...env, ...extra }, path.join(s.runDir, `${name}.log`));
  };
  const carrier = replica('carrier-sandbox', 1);
  await carrier.start();
  await runServiceCommand(
    s.root,
    'inventory',
    ['ingest', '--countries', 'US', '--count-per-country', String(s.numbersToLoad)],
    env,
  );

  const replicas: Replica[] = [carrier];
  for (let index = 1; index <= REPLICAS_EACH; index++) {
    const wave = REPLICATED.map((service) =>
      replica(service, index, service === 'gateway' ? { GATEWAY_PORT: String(gatewayPorts[index - 1]) } : {}),
    );
    replicas.push(...wave);
    await Promise.all(wave.map((r) => r.start()));
  }
  return {
    replicas,
    gatewayUrls: gatewayPorts.map((port) => `http://127.0.0.1:${port}`),
    replica: (service, index) => {
      const found = replicas.find((r) => r.name === `${service}-${index}`);
      if (!found) throw new Error(`no replica ${service}-${index}`);
      return found;
    },
    // Gateways first, so no new work reaches the services stopping behind them.
    stop: async () => {
      await Promise.all(replicas.filter((r) => r.service === 'gateway').map((r) => r.stop()));
      await Promise.all(replicas.map((r) => r.stop()));
    },
  };
}
