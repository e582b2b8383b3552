import { AccountType, DomainError, ErrorCode, ErrorType, UsageCaller } from '@did/contracts';
import { actingAccountOf } from '../auth/acting-account';
import { Actor, isOperator } from '../auth/actor';

/**
 * Whose usage a request reads: the acting account, and whether it is a partner (then its tenants'
 * usage too). A partner acting on a tenant with Account-Id reads as that tenant.
 */
export function usageCallerOf(actor: Actor): UsageCaller {
  const account = actingAccountOf(actor);
  return { account_id: account.id, is_partner: account.type === AccountType.Partner };
}

/** Held records span every account: the platform operator's key only. */
export function operatorOrThrow(actor: Actor): void {
  if (!isOperator(actor))
    throw new DomainError(
      ErrorType.Forbidden,
      ErrorCode.OperatorOnly,
      'Held usage records are for the platform operator only.',
    );
}
