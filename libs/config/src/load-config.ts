import { z } from 'zod';
import { NATS_PREFIX_PATTERN } from '@did/contracts';

/** Connections a service's pool may open to PostgreSQL (opened on demand, closed when idle); a service may ask for another default. */
export function databasePoolMax(defaultMax: number) {
  return z.coerce.number().int().min(1).max(200).default(defaultMax);
}

/**
 * How a service reaches NATS beyond its URL: the replica count of the streams it creates, credentials and TLS.
 * Credentials are one of a `.creds` file (JWT + nkey), a user and password, or a token.
 */
export const NatsAccessSchema = z.object({
  /** Replicas of the events and usage records streams: 1 for one nats-server, 3 for a JetStream cluster (an odd count up to 5). */
  NATS_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
  NATS_CREDS_FILE: z.string().min(1).optional(),
  NATS_USER: z.string().min(1).optional(),
  NATS_PASSWORD: z.string().min(1).optional(),
  NATS_TOKEN: z.string().min(1).optional(),
  /** PEM files: the CA that signed the servers' certificates; a client certificate and key for mutual TLS. */
  NATS_TLS_CA_FILE: z.string().min(1).optional(),
  NATS_TLS_CERT_FILE: z.string().min(1).optional(),
  NATS_TLS_KEY_FILE: z.string().min(1).optional(),
});
export type NatsAccess = z.infer<typeof NatsAccessSchema>;

/** What the NATS settings cannot say one by one (zod 4 refuses to extend a refined object, so loadConfig checks these). */
function natsAccessProblems(config: Partial<NatsAccess>): string[] {
  const problems: string[] = [];
  const ways = [
    config.NATS_CREDS_FILE && 'NATS_CREDS_FILE',
    (config.NATS_USER || config.NATS_PASSWORD) && 'NATS_USER/NATS_PASSWORD',
    config.NATS_TOKEN && 'NATS_TOKEN',
  ].filter(Boolean);
  if (ways.length > 1) problems.push(`${ways.join(', ')}: set one way of authenticating to NATS, not ${ways.length}`);
  if (Boolean(config.NATS_USER) !== Boolean(config.NATS_PASSWORD))
    problems.push('NATS_USER and NATS_PASSWORD: set both or neither');
  if (Boolean(config.NATS_TLS_CERT_FILE) !== Boolean(config.NATS_TLS_KEY_FILE))
    problems.push('NATS_TLS_CERT_FILE and NATS_TLS_KEY_FILE: set both or neither');
  return problems;
}

/** Settings every service reads: where PostgreSQL and NATS are, and the NATS prefix of this deployment. */
export const BaseConfigSchema = z.object({
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/did_platform'),
  DATABASE_POOL_MAX: databasePoolMax(10),
  NATS_URL: z.string().min(1).default('nats://127.0.0.1:4222'),
  NATS_PREFIX: z.string().regex(NATS_PREFIX_PATTERN, 'letters, digits, _ or -, starting with a letter').default('did'),
  ...NatsAccessSchema.shape,
  /** Every request/reply call between services gives up after this long. */
  RPC_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(5_000),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /** `json`: one JSON object a line (pino), for log collectors; `pretty`: readable lines, which `npm start` sets. */
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
  /**
   * An OpenTelemetry collector's OTLP/HTTP base URL (e.g. `http://otel-collector:4318`): spans go to its
   * `/v1/traces`. Unset: no tracing SDK is loaded (log lines and headers still carry W3C trace ids).
   */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** The service's health and metrics port (/health/live, /health/ready, /metrics); 0: none. `npm start` gives each service its own; a container uses 9464. */
  OPS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** How often the outbox relay looks for unpublished events (it is also woken after each commit). */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  /** Published outbox rows are kept this many days, then purged (the events stay in JetStream for 30 days). */
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  /** How often each service purges its messaging tables (published outbox rows, old inbox rows; dead letters are kept until re-driven); 0: never. */
  MESSAGING_PURGE_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  /** How long JetStream remembers an event id to drop a re-published duplicate. */
  EVENTS_DUPLICATE_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(600),
});
export type BaseConfig = z.infer<typeof BaseConfigSchema>;

/** Thrown when the environment is not a valid configuration; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Validates configuration once at boot. This is the only place that reads the environment: pass the
 * result around. Throws a ConfigError naming each bad variable so the service refuses to start.
 */
export function loadConfig<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  // An empty variable (as docker compose writes `FOO=`) means "not set", so the default applies.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(present);
  const problems = result.success
    ? natsAccessProblems(result.data as Partial<NatsAccess>)
    : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  if (result.success && !problems.length) return result.data;
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}

/** Reads one optional variable for tooling (dev launcher, benches) without a schema. */
export function readEnv(name: string, env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}
