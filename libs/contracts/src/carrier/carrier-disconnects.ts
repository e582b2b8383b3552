import { z } from 'zod';
import { CarrierE164, carrierNumberList } from './carrier-common';

/** A number's status in a disconnect. WARNING: read by carrier adapters. */
export const CarrierDisconnectStatus = { Disconnected: 'disconnected' } as const;
export type CarrierDisconnectStatus = (typeof CarrierDisconnectStatus)[keyof typeof CarrierDisconnectStatus];

/**
 * `POST /v1/disconnects`: take numbers out of service upstream. Idempotent: disconnecting a number
 * again answers `disconnected` again, and a repeated `reference` returns the first answer unchanged.
 */
export const CreateCarrierDisconnectBody = z.strictObject({
  numbers: carrierNumberList(100),
  reference: z.string().trim().min(1).max(120).optional(),
});
export type CreateCarrierDisconnectBody = z.infer<typeof CreateCarrierDisconnectBody>;

/** `POST /v1/disconnects` (200). Times are ISO 8601. */
export const CarrierDisconnect = z.object({
  id: z.string(),
  reference: z.string().nullable(),
  numbers: z.array(z.object({ phone_number: CarrierE164, status: z.enum([CarrierDisconnectStatus.Disconnected]) })),
  disconnected_at: z.string(),
});
export type CarrierDisconnect = z.infer<typeof CarrierDisconnect>;
