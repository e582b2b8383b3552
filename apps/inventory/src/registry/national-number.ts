/** Country calling codes of the countries the platform sells in. */
export const CALLING_CODES: Readonly<Record<string, string>> = { US: '1', CA: '1', GB: '44', IN: '91' };

/** The national number (digits after the calling code) of `e164` in `country`, or null when they do not fit together. */
export function nationalNumberOf(e164: string, country: string): string | null {
  const cc = CALLING_CODES[country];
  if (!cc || !e164.startsWith(`+${cc}`)) return null;
  const national = e164.slice(cc.length + 1);
  return /^\d{4,14}$/.test(national) ? national : null;
}
