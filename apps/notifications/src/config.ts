import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';
import { DEFAULT_ALLOWED_PORTS, parsePortRanges } from './ssrf/allowed-ports';

const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');
const csv = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
const msList = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'comma-separated milliseconds')
  .transform((v) => v.split(',').map(Number));

/** The documented retry schedule: the wait after attempt n before attempt n+1 (about three days in all). */
export const DEFAULT_RETRY_SCHEDULE_MS = [5, 300, 1_800, 7_200, 18_000, 36_000, 50_400, 72_000, 86_400].map(
  (s) => s * 1000,
);

export const NotificationsConfigSchema = BaseConfigSchema.extend({
  /** An attempt without a complete answer by then counts as failed (timeout) and is retried. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(15_000),
  /** Local development only: accept http:// endpoint URLs. */
  WEBHOOK_ALLOW_HTTP: flag,
  /** Local development and tests only: hostnames (as written in the URL, e.g. 127.0.0.1,localhost) that may be private or loopback. */
  WEBHOOK_ALLOW_PRIVATE_HOSTS: csv,
  /** Ports an endpoint URL may name, e.g. `443,8443,9000-9099` (the hosts above may use any). */
  WEBHOOK_ALLOWED_PORTS: z
    .string()
    .default(DEFAULT_ALLOWED_PORTS)
    .transform((v, ctx) => {
      try {
        return parsePortRanges(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    }),
  /** After rotate-secret, the old secret keeps signing (a second signature) this long. */
  WEBHOOK_SECRET_OVERLAP_HOURS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 14)
    .default(24),
  WEBHOOK_RETRY_SCHEDULE_MS: msList.default(DEFAULT_RETRY_SCHEDULE_MS),
  /** An endpoint whose every attempt failed for this long is disabled (default 5 days). */
  WEBHOOK_DISABLE_AFTER_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(5 * 86_400_000),
  /** Concurrent HTTP requests of one replica, all endpoints together. */
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(1024).default(64),
  /** Concurrent requests to one endpoint, so one slow endpoint can hold at most this many slots. */
  WEBHOOK_ENDPOINT_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  /** How often the worker looks for due deliveries when nothing woke it. */
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  /** Finished deliveries (succeeded or failed), their attempts, and events no delivery still needs are purged after this many days. */
  WEBHOOK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** How often the purge runs (0: never; then call RetentionService.purge yourself). */
  WEBHOOK_PURGE_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  /** 32 bytes, base64: encrypts signing secrets at rest (AES-256-GCM). Unset: a development key, with a warning. */
  WEBHOOK_SECRETS_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, '32 bytes, base64-encoded')
    .optional(),
});
export type NotificationsConfig = z.infer<typeof NotificationsConfigSchema>;

export function loadNotificationsConfig(env?: Record<string, string | undefined>): NotificationsConfig {
  return loadConfig(NotificationsConfigSchema, env);
}

/** Injection token for the validated notifications configuration. */
export const NOTIFICATIONS_CONFIG = Symbol('NOTIFICATIONS_CONFIG');
