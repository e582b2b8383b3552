import { z } from 'zod';
import { NUMBER_TYPES } from '../inventory/number-enums';

/** What porting asks of the registry while numbers port in. WARNING: subjects callers depend on. */
export const PortingInventoryPatterns = {
  /** The numbers appear in the account as porting_in (inserted when the registry does not know them); idempotent per number id. */
  Prepare: 'inventory.porting_in.prepare',
  /** porting_in -> active, source ported, number.activated (order_id null) and number.ported_in; idempotent. */
  Complete: 'inventory.porting_in.complete',
  /** porting_in numbers that will not port leave the account (rows the port inserted are deleted); idempotent. */
  Abandon: 'inventory.porting_in.abandon',
} as const;

const owner = {
  port_order_id: z.string().min(1),
  account_id: z.string().min(1),
  partner_id: z.string().min(1).nullable(),
};
const portNumber = z.object({
  number_id: z.string().regex(/^pn_[0-9a-z]{10,40}$/),
  phone_number: z.string(),
  country_code: z.string(),
  number_type: z.enum(NUMBER_TYPES),
});

export const PreparePortInRequestSchema = z.object({ ...owner, numbers: z.array(portNumber).min(1).max(1000) });
export type PreparePortInRequest = z.infer<typeof PreparePortInRequestSchema>;

export const PortInNumbersRequestSchema = z.object({ ...owner, number_ids: z.array(z.string()).min(1).max(1000) });
export type PortInNumbersRequest = z.infer<typeof PortInNumbersRequestSchema>;

export const PortInReplySchema = z.object({
  port_order_id: z.string(),
  /** Numbers now in the state asked for. */
  done: z.array(z.string()),
  /** Numbers the registry could not take (owned by someone, or in stock here): porting fails them. */
  refused: z.array(z.object({ phone_number: z.string(), reason: z.string() })),
});
export type PortInReply = z.infer<typeof PortInReplySchema>;
