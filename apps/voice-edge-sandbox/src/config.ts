import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const perMinute = z.coerce.number().min(0).max(60_000);

/**
 * The sandbox has no database: `DATABASE_URL` and the outbox settings of the base schema are accepted
 * (every service gets the same environment) and ignored.
 */
export const VoiceEdgeSandboxConfigSchema = BaseConfigSchema.extend({
  VOICE_EDGE_SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(3091),
  /** The admin API places calls on anyone's numbers: loopback only unless a deployment says otherwise (a container needs 0.0.0.0). */
  VOICE_EDGE_SANDBOX_HOST: z.string().trim().min(1).default('127.0.0.1'),
  /** Place calls and messages on known active numbers at the rates below from the start (`npm start` turns it on). */
  EDGE_DEMO_TRAFFIC: flag.default(false),
  /** Calls placed a minute while demo traffic is on; 0: none. */
  EDGE_CALLS_PER_MINUTE: perMinute.default(6),
  /** Messages sent a minute while demo traffic is on; 0: none. */
  EDGE_MESSAGES_PER_MINUTE: perMinute.default(4),
  /** `POST /bulk`: publishes awaiting their JetStream ack at once. */
  EDGE_BULK_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(512),
});
export type VoiceEdgeSandboxConfig = z.infer<typeof VoiceEdgeSandboxConfigSchema>;

export function loadVoiceEdgeSandboxConfig(env?: Record<string, string | undefined>): VoiceEdgeSandboxConfig {
  return loadConfig(VoiceEdgeSandboxConfigSchema, env);
}

/** Injection token for the validated voice-edge-sandbox configuration. */
export const EDGE_CONFIG = Symbol('EDGE_CONFIG');
