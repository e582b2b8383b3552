import { DomainError, ErrorCode, ErrorType } from '@did/contracts';
import type { Account } from '../accounts/entities/account.entity';
import { Actor } from './actor';

/** The account a request acts on; the operator key acts on none until it names one with Account-Id. */
export function actingAccountOf(actor: Actor): Account {
  if (actor.account) return actor.account;
  throw new DomainError(
    ErrorType.InvalidRequest,
    ErrorCode.AccountIdRequired,
    'The operator acts on no account: name one with the Account-Id header.',
    [{ field: 'header.Account-Id', rule: 'required', message: 'Account-Id is required for the operator key' }],
  );
}

/**
 * Who a service is asked for (inventory, ordering, notifications): the acting account (a partner
 * acting with Account-Id is its tenant) and that account's partner.
 */
export function callerOf(actor: Actor): { account_id: string; partner_id: string | null } {
  const account = actingAccountOf(actor);
  return { account_id: account.id, partner_id: account.parentId };
}
