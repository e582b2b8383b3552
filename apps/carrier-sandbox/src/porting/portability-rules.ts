import { NotPortableReason, NumberType, type PortabilityResult, SUPPORTED_COUNTRIES } from '@did/contracts';
import { unitHash } from '../determinism/seeded-hash';
import type { NumberFacts } from '../numbering/number-facts';
import { servingCarrier } from '../subscribers/serving-carrier';
import { hasMagicEnding, PORTING_MAGIC_ENDINGS } from './magic-numbers';

function notPortable(facts: NumberFacts, reason: NotPortableReason, seed: string): PortabilityResult {
  const carrier = servingCarrier(facts, seed);
  return {
    phone_number: facts.e164,
    portable: false,
    fast_portable: false,
    not_portable_reason: reason,
    country_code: facts.country,
    number_type: facts.numberType,
    losing_carrier: carrier ? { name: carrier } : null,
  };
}

/**
 * Whether the carrier can port a number in: invalid numbers and countries it does not serve never;
 * the magic endings force the other answers; everything else is portable. Fast ports (same day, no
 * FOC wait) are for about half of NANP local numbers, chosen by the seed.
 */
export function portabilityOf(facts: NumberFacts, seed: string): PortabilityResult {
  if (!facts.valid) return notPortable(facts, NotPortableReason.InvalidNumber, seed);
  if (!(SUPPORTED_COUNTRIES as readonly (string | null)[]).includes(facts.country))
    return notPortable(facts, NotPortableReason.CountryNotSupported, seed);
  if (hasMagicEnding(facts.e164, PORTING_MAGIC_ENDINGS.LosingCarrierNotSupported))
    return notPortable(facts, NotPortableReason.CarrierNotSupported, seed);
  if (hasMagicEnding(facts.e164, PORTING_MAGIC_ENDINGS.RateCenterNotSupported))
    return notPortable(facts, NotPortableReason.RateCenterNotSupported, seed);
  if (hasMagicEnding(facts.e164, PORTING_MAGIC_ENDINGS.NumberNotActive))
    return notPortable(facts, NotPortableReason.NumberNotActive, seed);
  const nanpLocal = facts.callingCode === '1' && facts.numberType === NumberType.Local;
  const fast =
    nanpLocal &&
    !hasMagicEnding(facts.e164, PORTING_MAGIC_ENDINGS.NotFastPortable) &&
    unitHash(seed, 'fast', facts.e164) < 0.5;
  const carrier = servingCarrier(facts, seed);
  return {
    phone_number: facts.e164,
    portable: true,
    fast_portable: fast,
    not_portable_reason: null,
    country_code: facts.country,
    number_type: facts.numberType,
    losing_carrier: carrier ? { name: carrier } : null,
  };
}
