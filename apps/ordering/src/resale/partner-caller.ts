import { DomainError, ErrorCode, ErrorType, WalletCaller } from '@did/contracts';

/** The partner a resale request is for: only a partner acting as itself (acting as its tenant through Account-Id, it is that tenant). */
export function partnerOf(caller: WalletCaller): string {
  if (caller.partner_id !== null)
    throw new DomainError(
      ErrorType.Forbidden,
      ErrorCode.PartnerOnly,
      'Only a partner moves money to its tenants and reads its resale statement.',
    );
  return caller.account_id;
}
