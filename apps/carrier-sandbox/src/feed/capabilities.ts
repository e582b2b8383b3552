import { Capability, NumberType, type SupportedCountry } from '@did/contracts';
import { unitHash } from '../determinism/seeded-hash';

interface CapabilityOdds {
  sms: number;
  /** Share of the SMS-capable numbers that also take MMS. */
  mmsGivenSms: number;
  fax: number;
}

/**
 * How likely a number of each type is to have each capability besides voice (which every number
 * has). NANP local and mobile numbers mostly text; landlines outside NANP rarely do.
 */
const ODDS: Record<NumberType, CapabilityOdds> = {
  [NumberType.Local]: { sms: 0.85, mmsGivenSms: 0.8, fax: 0.25 },
  [NumberType.TollFree]: { sms: 0.6, mmsGivenSms: 0.5, fax: 0.3 },
  [NumberType.Mobile]: { sms: 1, mmsGivenSms: 0.9, fax: 0 },
  [NumberType.National]: { sms: 0, mmsGivenSms: 0, fax: 0.3 },
};
const NON_NANP_LOCAL: CapabilityOdds = { sms: 0.2, mmsGivenSms: 0, fax: 0.3 };

/** The capabilities of one number: voice always, the rest chosen by a hash of the seed and the number. */
export function capabilitiesFor(
  country: SupportedCountry,
  type: NumberType,
  e164: string,
  seedKey: number,
): Capability[] {
  const odds = type === NumberType.Local && country !== 'US' && country !== 'CA' ? NON_NANP_LOCAL : ODDS[type];
  const capabilities: Capability[] = [Capability.Voice];
  if (unitHash(seedKey, 'sms', e164) < odds.sms) {
    capabilities.push(Capability.Sms);
    if (unitHash(seedKey, 'mms', e164) < odds.mmsGivenSms) capabilities.push(Capability.Mms);
  }
  if (unitHash(seedKey, 'fax', e164) < odds.fax) capabilities.push(Capability.Fax);
  return capabilities;
}
