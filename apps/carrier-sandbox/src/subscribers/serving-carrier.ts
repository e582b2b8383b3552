import { CarrierLineType } from '@did/contracts';
import { choose, unitHash } from '../determinism/seeded-hash';
import type { NumberFacts } from '../numbering/number-facts';
import { carrierPrefixes, longestPrefixMatch } from '../numbering/prefix-data';

/**
 * Networks a number may be on where public data does not say (it names only the mobile networks of
 * some countries). Illustrative names for lookups and ports, not a claim about any real number.
 */
const NETWORKS: Record<string, { landline: string[]; mobile: string[]; voip: string[] }> = {
  US: {
    landline: ['AT&T', 'Verizon', 'Lumen', 'Frontier Communications'],
    mobile: ['Verizon Wireless', 'T-Mobile USA', 'AT&T Mobility'],
    voip: ['Bandwidth CLEC', 'Level 3 Communications'],
  },
  CA: {
    landline: ['Bell Canada', 'TELUS', 'Rogers Communications'],
    mobile: ['Rogers Wireless', 'Bell Mobility', 'TELUS Mobility'],
    voip: ['Iristel', 'Fibernetics'],
  },
  GB: {
    landline: ['BT', 'Virgin Media', 'TalkTalk'],
    mobile: ['EE', 'O2', 'Vodafone', 'Three'],
    voip: ['Gamma Telecom'],
  },
  IN: {
    landline: ['BSNL', 'Airtel', 'Tata Teleservices'],
    mobile: ['Reliance Jio', 'Airtel', 'Vodafone Idea'],
    voip: ['Tata Communications'],
  },
};
const ELSEWHERE = { landline: ['Incumbent Carrier'], mobile: ['Mobile Network Operator'], voip: ['VoIP Provider'] };

/**
 * How a lookup sees the line: the number type where libphonenumber knows it; NANP numbers, which it
 * cannot tell apart (fixed line or mobile), get a stable answer from the seed.
 */
export function lineTypeOf(facts: NumberFacts, seed: string): CarrierLineType | null {
  if (!facts.valid) return null;
  switch (facts.libType) {
    case 'FIXED_LINE':
      return CarrierLineType.Landline;
    case 'MOBILE':
      return CarrierLineType.Mobile;
    case 'TOLL_FREE':
      return CarrierLineType.TollFree;
    case 'VOIP':
      return CarrierLineType.Voip;
    case 'UAN':
    case 'PERSONAL_NUMBER':
      return CarrierLineType.National;
    case 'FIXED_LINE_OR_MOBILE': {
      const h = unitHash(seed, 'line', facts.e164);
      return h < 0.45 ? CarrierLineType.Mobile : h < 0.85 ? CarrierLineType.Landline : CarrierLineType.Voip;
    }
    default:
      return CarrierLineType.Other;
  }
}

/** The network that currently serves a number: libphonenumber's carrier data when it has the range, else a stable pick. */
export function servingCarrier(facts: NumberFacts, seed: string): string | null {
  if (!facts.valid || !facts.callingCode || !facts.nationalNumber) return null;
  const known = longestPrefixMatch(carrierPrefixes(facts.callingCode), facts.nationalNumber);
  if (known) return known;
  const networks = NETWORKS[facts.country ?? ''] ?? ELSEWHERE;
  const lineType = lineTypeOf(facts, seed);
  const list =
    lineType === CarrierLineType.Mobile
      ? networks.mobile
      : lineType === CarrierLineType.Voip
        ? networks.voip
        : networks.landline;
  return choose(list, seed, 'carrier', facts.e164);
}
