import { AccountType } from '@did/contracts';
import type { Account } from '../accounts/entities/account.entity';

/** Who authenticated: the platform operator (configuration key) or an account's API key. */
export type Principal = { kind: 'operator' } | { kind: 'account'; apiKeyId: string; account: Account };

/**
 * Who a request acts for: the authenticated principal and the account it acts on (its own, or with
 * `Account-Id` one of its tenants). The operator acts on no account unless it names one.
 */
export interface Actor {
  principal: Principal;
  /** Rate limits and idempotency keys are per API key / per acting account. */
  rateLimitKey: string;
  account: Account | null;
}

export function isOperator(actor: Actor): boolean {
  return actor.principal.kind === 'operator';
}

/** True when `actor` may see or act on `account`: the operator, the account itself, or its partner. */
export function canAccess(actor: Actor, account: Account): boolean {
  if (actor.principal.kind === 'operator') return true;
  const own = actor.principal.account;
  return own.id === account.id || (own.type === AccountType.Partner && account.parentId === own.id);
}
