/**
 * A valid NANP exchange code (NXX): the first digit is 2-9 (0 and 1 are trunk/operator prefixes)
 * and it is not an N11 service code (211, 311, ... 911 reach services, never a subscriber).
 */
export function isValidNxx(nxx: string): boolean {
  return /^[2-9]\d\d$/.test(nxx) && nxx.slice(1) !== '11';
}

/**
 * The rate center of a locality, the way carriers name them in the LERG: upper case, letters,
 * digits and spaces only, at most 10 characters. A longer name first loses its spaces
 * (SAN ANTONIO -> SANANTONIO), then is cut at 10 (SCARBOROUGH -> SCARBOROUG). Our data has
 * localities, not the LERG's rate centers, so this derivation stands in for that table.
 */
export function rateCenterFor(locality: string): string {
  const plain = locality
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= 10) return plain;
  return plain.replace(/ /g, '').slice(0, 10);
}
