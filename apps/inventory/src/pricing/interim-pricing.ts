/**
 * Customer price of a number until ordering's price lists exist (TODO issue 4: ordering replaces
 * this function). Rule: wholesale plus a 40% markup, rounded up to the next minor unit, same currency.
 */
export function interimCustomerPrice(wholesale: { setupCents: number; monthlyCents: number; currency: string }): {
  activation_fee_cents: number;
  monthly_fee_cents: number;
  currency: string;
} {
  const markUp = (cents: number) => Math.ceil((cents * 140) / 100);
  return { activation_fee_cents: markUp(wholesale.setupCents), monthly_fee_cents: markUp(wholesale.monthlyCents), currency: wholesale.currency };
}
