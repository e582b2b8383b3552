import { WalletCaller } from '@did/contracts';
import { Actor } from '../auth/actor';
import { callerOf } from '../auth/acting-account';

/**
 * The account whose wallet a request touches: the acting account (a partner with Account-Id acts as
 * its tenant), its partner, and its currency so ordering opens a missing wallet in the right one.
 */
export function walletCallerOf(actor: Actor): WalletCaller {
  const caller = callerOf(actor);
  // callerOf has refused an operator without Account-Id, so the account is there.
  return { ...caller, currency: actor.account?.currency ?? 'USD' };
}
