import { z } from 'zod';
import { NUMBER_TYPES } from './number-enums';
import { NumberRefSchema, OWNED_NUMBER_STATUSES, RegistryNumberSchema } from './number-lifecycle';
import { SUPPORTED_COUNTRIES } from './search';

/** Request/reply patterns of owned numbers in the registry (lists, assignment, registry settings). WARNING: subjects callers depend on. */
export const OwnedNumberPatterns = {
  List: 'inventory.numbers.list',
  Assign: 'inventory.numbers.assign',
  /** Checks a registry patch (connection exists and is the account's...) without writing. */
  ValidateUpdate: 'inventory.numbers.validate_update',
  Update: 'inventory.numbers.update',
} as const;

const callerShape = { account_id: z.string().min(1), partner_id: z.string().min(1).nullable() };
const upper = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v);

/** Public query of `GET /v1/numbers`. */
export const ListOwnedNumbersQuerySchema = z.strictObject({
  status: z
    .enum(OWNED_NUMBER_STATUSES)
    .optional()
    .describe('pending, active, porting_in, released or purchase_failed (default: every number held now).'),
  number_type: z.enum(NUMBER_TYPES).optional(),
  country_code: z.preprocess(upper, z.enum(SUPPORTED_COUNTRIES)).optional(),
  connection_id: z.string().min(1).max(100).optional(),
  tag: z.string().trim().min(1).max(50).optional().describe('Only numbers carrying this tag.'),
  tenant: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('Partners: only numbers assigned to this tenant account; `none` for numbers assigned to no tenant.'),
  e164: z
    .string()
    .regex(/^\+?\d{1,15}$/, 'digits, optionally after +')
    .optional()
    .describe('E.164 prefix, e.g. +1512.'),
  limit: z.coerce.number().int().min(1).max(100).default(25).describe('Page size, 1 to 100 (default 25).'),
  cursor: z.string().max(200).optional().describe('meta.next_cursor of the previous page.'),
});
export type ListOwnedNumbersQuery = z.infer<typeof ListOwnedNumbersQuerySchema>;

export const ListOwnedNumbersRequestSchema = z.object({ ...callerShape, query: ListOwnedNumbersQuerySchema });
export type ListOwnedNumbersRequest = z.infer<typeof ListOwnedNumbersRequestSchema>;

export const RegistryNumberListSchema = z.object({
  data: z.array(RegistryNumberSchema),
  meta: z.object({ count: z.number().int(), next_cursor: z.string().nullable() }),
});
export type RegistryNumberList = z.infer<typeof RegistryNumberListSchema>;

/** `inventory.numbers.assign`: the gateway has checked that `tenant_account_id` is a tenant of the calling partner (it owns accounts). */
export const AssignNumberRequestSchema = z.object({
  ...callerShape,
  number: NumberRefSchema,
  /** null unassigns. */
  tenant_account_id: z.string().min(1).nullable(),
});
export type AssignNumberRequest = z.infer<typeof AssignNumberRequestSchema>;

/** Public body of `POST /v1/numbers/{id}/actions/assign`. */
export const AssignNumberBodySchema = z.strictObject({
  account_id: z.string().min(1).max(100).describe('The tenant to assign the number to.'),
});
export type AssignNumberBody = z.infer<typeof AssignNumberBodySchema>;

const tag = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[\w .:-]+$/, 'letters, digits, spaces and _ . : -');

/** The registry's part of `PATCH /v1/numbers/{id}`. */
export const RegistryPatchShape = {
  customer_reference: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .nullable()
    .optional()
    .describe('Your own reference (max 120); null clears it.'),
  description: z.string().trim().min(1).max(255).nullable().optional().describe('Free text (max 255); null clears it.'),
  tags: z
    .array(tag)
    .max(20)
    .refine((tags) => new Set(tags).size === tags.length, 'tags must be distinct')
    .optional()
    .describe('Labels (up to 20); the list replaces the current one.'),
  connection_id: z
    .string()
    .min(1)
    .max(100)
    .nullable()
    .optional()
    .describe('The connection to group it under; null detaches it.'),
};
export const RegistryPatchSchema = z.strictObject(RegistryPatchShape);
export type RegistryPatch = z.infer<typeof RegistryPatchSchema>;
export const REGISTRY_PATCH_FIELDS = Object.keys(RegistryPatchShape) as (keyof RegistryPatch)[];

export const UpdateRegistryNumberRequestSchema = z.object({
  ...callerShape,
  number: NumberRefSchema,
  patch: RegistryPatchSchema,
});
export type UpdateRegistryNumberRequest = z.infer<typeof UpdateRegistryNumberRequestSchema>;
