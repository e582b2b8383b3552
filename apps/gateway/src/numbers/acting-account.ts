import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import { Actor } from '../auth/actor';

/**
 * Who inventory is asked for: the acting account (a partner acting with Account-Id is its tenant)
 * and that account's partner. The operator must name an account.
 */
export function callerOf(actor: Actor): { account_id: string; partner_id: string | null } {
  if (!actor.account) {
    throw new DomainError(ErrorType.InvalidRequest, ErrorCode.AccountIdRequired, 'The operator acts on no account: name one with the Account-Id header.', [
      { field: 'header.Account-Id', rule: 'required', message: 'Account-Id is required for the operator key' },
    ]);
  }
  return { account_id: actor.account.id, partner_id: actor.account.parentId };
}
