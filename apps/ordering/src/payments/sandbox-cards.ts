import { CardBrand } from '@did/contracts';

/** What the sandbox processor does with a card. */
export type SandboxOutcome = 'succeed' | 'decline' | 'insufficient_funds' | 'timeout';

/**
 * Test cards with a fixed behaviour (Stripe's numbers). Any other Luhn-valid number succeeds.
 * `timeout`: the processor charges the card but the answer is lost; asking again with the same
 * idempotency key returns that charge.
 */
export const SANDBOX_TEST_CARDS: Readonly<Record<string, SandboxOutcome>> = {
  '4242424242424242': 'succeed',
  '5555555555554444': 'succeed',
  '4000000000000002': 'decline',
  '4000000000009995': 'insufficient_funds',
  '4000000000000119': 'timeout',
};

/** The Luhn (mod 10) check every card number passes. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The card network from the number's leading digits (IIN ranges). */
export function brandOf(digits: string): CardBrand {
  if (/^4/.test(digits)) return CardBrand.Visa;
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(digits)) return CardBrand.Mastercard;
  if (/^3[47]/.test(digits)) return CardBrand.Amex;
  if (/^(6011|65|64[4-9])/.test(digits)) return CardBrand.Discover;
  return CardBrand.Unknown;
}

/** A card is good through the last day of its expiry month (UTC). */
export function isExpired(expMonth: number, expYear: number, now: Date): boolean {
  const firstDayAfter = Date.UTC(expYear, expMonth, 1); // month is 1-based here, so this is the next month's first day
  return now.getTime() >= firstDayAfter;
}

export function outcomeOf(digits: string): SandboxOutcome {
  return SANDBOX_TEST_CARDS[digits] ?? 'succeed';
}
