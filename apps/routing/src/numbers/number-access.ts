import { DomainError, ErrorCode, ErrorType, RoutingCaller } from '@did/contracts';
import type { EventScope } from '@did/messaging';
import type { RoutingState } from './routing-state';

/** The owner, the owner's partner and the assigned tenant may see and configure a number. */
export function canSee(
  caller: RoutingCaller,
  n: Pick<RoutingState, 'ownerAccountId' | 'ownerPartnerId' | 'tenantAccountId'>,
): boolean {
  return (
    caller.account_id === n.ownerAccountId ||
    caller.account_id === n.ownerPartnerId ||
    caller.account_id === n.tenantAccountId
  );
}

/** 404 number_not_found unless the caller may see the number (an unknown and a foreign number look the same). */
export function visibleOrThrow(caller: RoutingCaller, ref: string, state: RoutingState | null): RoutingState {
  if (!state || !canSee(caller, state))
    throw new DomainError(ErrorType.NotFound, ErrorCode.NumberNotFound, `No number ${ref} on this account.`);
  return state;
}

/** 409 for numbers that cannot be configured: pending (number_not_yet_active) or released (number_released). Porting-in numbers can. */
export function configurableOrThrow(state: RoutingState, { allowPending = false } = {}): RoutingState {
  if (state.status === 'released')
    throw new DomainError(
      ErrorType.Conflict,
      ErrorCode.NumberReleased,
      `${state.e164} was released; its settings can no longer change.`,
    );
  if (state.status === 'pending' && !allowPending) {
    throw new DomainError(
      ErrorType.Conflict,
      ErrorCode.NumberNotYetActive,
      `${state.e164} is still being activated by the carrier; retry once it is active.`,
    );
  }
  return state;
}

/** Who a number's events are delivered to: the account using it (its tenant when assigned) and the partner above, on the number's connection. */
export function scopeOf(
  n: Pick<RoutingState, 'ownerAccountId' | 'ownerPartnerId' | 'tenantAccountId' | 'connectionId'>,
): EventScope {
  if (n.tenantAccountId && n.tenantAccountId !== n.ownerAccountId)
    return {
      accountId: n.tenantAccountId,
      partnerId: n.ownerPartnerId ?? n.ownerAccountId,
      connectionId: n.connectionId,
    };
  return { accountId: n.ownerAccountId, partnerId: n.ownerPartnerId, connectionId: n.connectionId };
}
