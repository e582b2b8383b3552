import { z } from 'zod';
import { AccountType, CURRENCIES } from '../enums';

export const AccountCreatedV1 = z.object({
  account_id: z.string(),
  type: z.enum([AccountType.Partner, AccountType.Tenant]),
  parent_id: z.string().nullable(),
  name: z.string(),
  currency: z.enum(CURRENCIES),
  created_at: z.iso.datetime({ offset: true }),
});
export type AccountCreatedV1 = z.infer<typeof AccountCreatedV1>;

export const ApiKeyCreatedV1 = z.object({
  api_key_id: z.string(),
  account_id: z.string(),
  name: z.string(),
  prefix: z.string(),
  created_at: z.iso.datetime({ offset: true }),
});
export type ApiKeyCreatedV1 = z.infer<typeof ApiKeyCreatedV1>;

export const ApiKeyRevokedV1 = z.object({
  api_key_id: z.string(),
  account_id: z.string(),
  revoked_at: z.iso.datetime({ offset: true }),
});
export type ApiKeyRevokedV1 = z.infer<typeof ApiKeyRevokedV1>;
