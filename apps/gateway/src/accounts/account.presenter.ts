import type { Actor } from '../auth/actor';
import type { Account } from './entities/account.entity';
import type { AccountResponse } from './dto/account.dto';

/** The public shape of an account. A tenant looking at itself does not learn its partner's id. */
export function presentAccount(account: Account, viewer: Actor): AccountResponse {
  const viewerIsThisTenant =
    viewer.principal.kind === 'account' && viewer.principal.account.id === account.id && account.parentId !== null;
  return {
    id: account.id,
    record_type: 'account',
    type: account.type,
    parent_id: viewerIsThisTenant ? null : account.parentId,
    name: account.name,
    email: account.email,
    currency: account.currency,
    status: account.status,
    external_reference: account.externalReference,
    created_at: account.createdAt.toISOString(),
    updated_at: account.updatedAt.toISOString(),
  };
}
