import { z } from 'zod';

/**
 * Request/reply patterns every service with durable consumers answers for operators, per service:
 * `<service>.dead_letters.list` and `<service>.dead_letters.redrive`. WARNING: subjects callers depend on.
 */
export function deadLettersPattern(service: string, action: 'list' | 'redrive'): string {
  return `${service}.dead_letters.${action}`;
}

export const ListDeadLettersRequestSchema = z.object({ limit: z.number().int().min(1).max(500).default(100) });
export type ListDeadLettersRequest = z.infer<typeof ListDeadLettersRequestSchema>;

export const DeadLetterSchema = z.object({
  id: z.string(),
  record_type: z.literal('dead_letter'),
  service: z.string(),
  consumer: z.string().describe('The durable consumer that gave up on the event.'),
  event_id: z.string(),
  event_type: z.string(),
  subject: z.string(),
  payload: z.string().describe('The message as it arrived (the event envelope).'),
  error: z.string().describe('Why the last attempt failed.'),
  attempts: z.number().int(),
  failed_at: z.string(),
});
export type DeadLetter = z.infer<typeof DeadLetterSchema>;

export const DeadLetterListSchema = z.object({
  data: z.array(DeadLetterSchema),
  meta: z.object({ total: z.number().int() }),
});
export type DeadLetterList = z.infer<typeof DeadLetterListSchema>;

export const RedriveDeadLetterRequestSchema = z.object({ id: z.string().regex(/^\d+$/, 'a dead letter id') });
export type RedriveDeadLetterRequest = z.infer<typeof RedriveDeadLetterRequestSchema>;

export const RedriveResultSchema = z.object({
  record_type: z.literal('dead_letter_redrive'),
  id: z.string(),
  event_id: z.string(),
  consumer: z.string(),
  outcome: z
    .enum(['applied', 'already_applied'])
    .describe('applied: the consumer handled it now; already_applied: its inbox had it (nothing done twice).'),
});
export type RedriveResult = z.infer<typeof RedriveResultSchema>;

/** Services whose consumers keep dead letters (every one with a database and durable consumers). */
export const DEAD_LETTER_SERVICES = [
  'gateway',
  'inventory',
  'ordering',
  'porting',
  'routing',
  'notifications',
  'usage',
  'carrier-sandbox',
] as const;

/** `GET /v1/operator/dead-letters`. */
export const DeadLettersQuerySchema = z.strictObject({
  service: z.enum(DEAD_LETTER_SERVICES).describe('The service whose dead letters to list.'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type DeadLettersQuery = z.infer<typeof DeadLettersQuerySchema>;

/** `dead_letter.created`: a consumer gave up on an event and parked it (see docs/events.md). */
export const DeadLetterCreatedV1 = z.object({
  dead_letter_id: z
    .string()
    .describe(
      "Its id in the service's dead-letter table: what `dead-letters redrive <id>` and the operator route take.",
    ),
  service: z.string().describe('The service whose consumer gave up.'),
  consumer: z.string(),
  event_id: z.string(),
  event_type: z.string(),
  error: z.string().describe('Why the last attempt failed.'),
  attempts: z.number().int(),
  failed_at: z.iso.datetime({ offset: true }),
});
export type DeadLetterCreatedV1 = z.infer<typeof DeadLetterCreatedV1>;
