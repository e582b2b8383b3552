import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';

export const CarrierSandboxConfigSchema = BaseConfigSchema.extend({
  CARRIER_SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(3090),
});
export type CarrierSandboxConfig = z.infer<typeof CarrierSandboxConfigSchema>;

export function loadCarrierSandboxConfig(env?: Record<string, string | undefined>): CarrierSandboxConfig {
  return loadConfig(CarrierSandboxConfigSchema, env);
}
