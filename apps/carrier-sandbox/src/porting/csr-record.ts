import { type CsrResponse, CsrUnavailableReason } from '@did/contracts';
import { unitHash } from '../determinism/seeded-hash';
import type { NumberFacts } from '../numbering/number-facts';
import { callerNameOf } from '../subscribers/caller-name';
import { serviceAddressOf } from '../subscribers/service-address';
import { hasMagicEnding, PORTING_MAGIC_ENDINGS } from './magic-numbers';
import { portabilityOf } from './portability-rules';

function unavailable(e164: string, reason: CsrResponse['reason']): CsrResponse {
  return {
    phone_number: e164,
    available: false,
    reason,
    account_name: null,
    account_number: null,
    billing_telephone_number: null,
    service_address: null,
    losing_carrier: null,
  };
}

/**
 * The customer service record the losing carrier would return: account holder (the CNAM name),
 * account number, billing telephone number (the number itself, or for about 2 in 5 a main number of
 * the same range, as on a multi-line account) and service address. None for numbers that cannot port.
 */
export function csrOf(facts: NumberFacts, seed: string): CsrResponse {
  const portability = portabilityOf(facts, seed);
  if (!portability.portable) return unavailable(facts.e164, CsrUnavailableReason.NotPortable);
  if (hasMagicEnding(facts.e164, PORTING_MAGIC_ENDINGS.CsrNotAvailable))
    return unavailable(facts.e164, CsrUnavailableReason.NotAvailable);
  const h = unitHash(seed, 'csr', facts.e164);
  const mainLine = `${facts.e164.slice(0, -4)}${String(1000 + Math.floor(h * 8999)).padStart(4, '0')}`;
  return {
    phone_number: facts.e164,
    available: true,
    reason: null,
    account_name: callerNameOf(facts, seed)?.name ?? 'ACCOUNT HOLDER',
    account_number: String(100_000_000 + Math.floor(unitHash(seed, 'account', facts.e164) * 899_999_999)),
    billing_telephone_number: h < 0.6 ? facts.e164 : mainLine,
    service_address: serviceAddressOf(facts, seed),
    losing_carrier: portability.losing_carrier,
  };
}
