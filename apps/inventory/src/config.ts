import { z } from 'zod';
import { BaseConfigSchema, loadConfig } from '@did/config';

export const InventoryConfigSchema = BaseConfigSchema;
export type InventoryConfig = z.infer<typeof InventoryConfigSchema>;

export function loadInventoryConfig(env?: Record<string, string | undefined>): InventoryConfig {
  return loadConfig(InventoryConfigSchema, env);
}
