import { z } from 'zod';

const perMinute = z.number().min(0).max(60_000);

/** `POST /traffic`: the rates to place calls and messages at from now on; a rate left out keeps its value, 0 stops it. */
export const TrafficBody = z
  .strictObject({ calls_per_minute: perMinute.optional(), messages_per_minute: perMinute.optional() })
  .refine((body) => body.calls_per_minute !== undefined || body.messages_per_minute !== undefined, {
    message: 'give calls_per_minute, messages_per_minute or both',
  });
export type TrafficBody = z.infer<typeof TrafficBody>;

export interface TrafficRates {
  calls_per_minute: number;
  messages_per_minute: number;
}
