import { z } from 'zod';
import { AccountStatus, AccountType, CURRENCIES } from '@did/contracts';
import { PageQuerySchema } from '../../http/cursor';

export const CreateAccountBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(100).describe('Display name of the partner or tenant.'),
  email: z.email().max(254).optional().describe('Billing and notification contact.'),
  currency: z
    .enum(CURRENCIES)
    .optional()
    .describe("Wallet currency. Partners default to USD; a tenant always uses its partner's currency."),
  external_reference: z.string().max(120).optional().describe('Your own reference for this account.'),
});
export type CreateAccountBody = z.infer<typeof CreateAccountBodySchema>;

export const ListAccountsQuerySchema = PageQuerySchema;
export type ListAccountsQuery = z.infer<typeof ListAccountsQuerySchema>;

export const AccountResponseSchema = z
  .object({
    id: z.string(),
    record_type: z.literal('account'),
    type: z.enum([AccountType.Partner, AccountType.Tenant]),
    parent_id: z
      .string()
      .nullable()
      .describe('The partner of a tenant. Null for partners, and hidden from the tenant itself.'),
    name: z.string(),
    email: z.string().nullable(),
    currency: z.enum(CURRENCIES),
    status: z.enum([AccountStatus.Active, AccountStatus.Suspended]),
    external_reference: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  // A component name, so generated clients get an Account type instead of an anonymous one per operation.
  .meta({ id: 'Account' });
export type AccountResponse = z.infer<typeof AccountResponseSchema>;
