import { NumberIdSchema } from '@did/contracts';

export interface NumberRef {
  column: 'number_id' | 'e164';
  value: string;
}

/** A `pn_...` id or an E.164 number (the request schema already checked it is one of the two). */
export function numberRef(value: string): NumberRef {
  return { column: NumberIdSchema.safeParse(value).success ? 'number_id' : 'e164', value };
}

/** SQL (registry rows) for "this number, owned by the account or by one of its tenants". */
export function ownedBySql(ref: NumberRef, accountId: string): { where: string; params: unknown[] } {
  return {
    where: `${ref.column} = ? and owner_account_id is not null and (owner_account_id = ? or owner_partner_id = ?)`,
    params: [ref.value, accountId, accountId],
  };
}

/** SQL (registry rows) for "numbers the account may see and configure": its own, its tenants' (for a partner), and those assigned to it. */
export function visibleToSql(accountId: string, alias = ''): { where: string; params: unknown[] } {
  const p = alias ? `${alias}.` : '';
  return {
    where: `${p}owner_account_id is not null and (${p}owner_account_id = ? or ${p}owner_partner_id = ? or ${p}tenant_account_id = ?)`,
    params: [accountId, accountId, accountId],
  };
}
