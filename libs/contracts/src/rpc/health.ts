import { z } from 'zod';

/** `<service>.health`: every NATS service answers it; the gateway's /health asks them all. */
export function healthPattern(service: string): string {
  return `${service}.health`;
}

export const HealthReply = z.object({
  service: z.string(),
  status: z.literal('ok'),
  version: z.string(),
  uptime_seconds: z.number().int().nonnegative(),
  rss_bytes: z.number().int().nonnegative(),
});
export type HealthReply = z.infer<typeof HealthReply>;
