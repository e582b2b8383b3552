import { z } from 'zod';
import { E164Schema } from '@did/contracts';

/** `POST /bulk`: `count` answered call records on `phone_numbers` (round robin), else on the known active numbers. */
export const BulkBody = z.strictObject({
  count: z.number().int().min(1).max(1_000_000),
  phone_numbers: z.array(E164Schema).min(1).max(10_000).optional(),
});
export type BulkBody = z.infer<typeof BulkBody>;

export interface BulkResult {
  requested: number;
  published: number;
  /** Dropped by JetStream as already stored (a record id seen within the duplicate window). */
  duplicates: number;
  elapsed_ms: number;
  records_per_second: number;
}
