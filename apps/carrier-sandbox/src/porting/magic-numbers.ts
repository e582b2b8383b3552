/**
 * Test numbers: the last four digits of any valid number choose a porting answer, as real carrier
 * sandboxes do, so porting tests can reach every path on purpose. Every other number is portable.
 */
export const PORTING_MAGIC_ENDINGS = {
  /** Not portable: `losing_carrier_not_supported`. */
  LosingCarrierNotSupported: '9990',
  /** Not portable: `rate_center_not_supported`. */
  RateCenterNotSupported: '9991',
  /** Portable, never fast-portable. */
  NotFastPortable: '9992',
  /** Portable, but the CSR is unavailable (`csr_not_available`). */
  CsrNotAvailable: '9993',
  /** Not portable: `number_not_active` (not in service at the losing carrier). */
  NumberNotActive: '9994',
} as const;

export function hasMagicEnding(e164: string, ending: string): boolean {
  return e164.endsWith(ending);
}
