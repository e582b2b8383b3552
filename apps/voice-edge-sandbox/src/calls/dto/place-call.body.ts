import { z } from 'zod';
import { E164Schema, USAGE_DIRECTIONS, UsageDirection } from '@did/contracts';

const party = z.string().trim().min(1).max(64);

/** `POST /calls`: one call on a platform number, placed now. Unset fields are drawn at random. */
export const PlaceCallBody = z
  .strictObject({
    phone_number: E164Schema,
    /** Default inbound; an emergency call is outbound. */
    direction: z.enum(USAGE_DIRECTIONS).optional(),
    /** The caller of an inbound call (default: a random number). */
    from: party.optional(),
    /** The called party of an outbound call (default: a random number; 911 for an emergency call). */
    to: party.optional(),
    /** Talk time if answered (default 5 to 600 s). */
    duration_seconds: z.number().int().min(0).max(172_800).optional(),
    /** A 911 call placed from `phone_number`, asked of routing with `emergency: true`. */
    emergency: z.boolean().default(false),
  })
  .superRefine((body, ctx) => {
    if (body.emergency && body.direction === UsageDirection.Inbound)
      ctx.addIssue({ code: 'custom', path: ['direction'], message: 'an emergency call is outbound' });
    if (body.emergency && body.to !== undefined)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'an emergency call is to 911' });
    const outbound = body.emergency || body.direction === UsageDirection.Outbound;
    if (body.from !== undefined && outbound)
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: 'from is the caller of an inbound call; an outbound call is from phone_number',
      });
    if (body.to !== undefined && !outbound)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'to is the called party of an outbound call; an inbound call is to phone_number',
      });
  })
  .transform((body) => ({
    ...body,
    direction: body.emergency ? UsageDirection.Outbound : (body.direction ?? UsageDirection.Inbound),
  }));
export type PlaceCallBody = z.infer<typeof PlaceCallBody>;

/** `POST /messages`: one message through a platform number, sent now. */
export const SendMessageBody = z
  .strictObject({
    phone_number: E164Schema,
    direction: z.enum(USAGE_DIRECTIONS).default(UsageDirection.Inbound),
    from: party.optional(),
    to: party.optional(),
    parts: z.number().int().min(1).max(100).default(1),
  })
  .superRefine((body, ctx) => {
    if (body.from !== undefined && body.direction === UsageDirection.Outbound)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'from is the sender of an inbound message' });
    if (body.to !== undefined && body.direction === UsageDirection.Inbound)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'to is the recipient of an outbound message' });
  });
export type SendMessageBody = z.infer<typeof SendMessageBody>;
