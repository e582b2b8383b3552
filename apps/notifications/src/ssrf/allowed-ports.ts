/** Inclusive port ranges a webhook URL may name, e.g. [[80, 80], [443, 443]]. */
export type PortRanges = ReadonlyArray<readonly [number, number]>;

/** The ports web servers answer on: an endpoint elsewhere is more likely an internal service (Redis, SMTP, a database) than a webhook receiver. */
export const DEFAULT_ALLOWED_PORTS = '80,443';

/** Reads `80,443,8000-8999`; throws naming the bad entry. */
export function parsePortRanges(text: string): PortRanges {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(entry);
      const low = Number(m?.[1]);
      const high = m?.[2] === undefined ? low : Number(m[2]);
      if (!m || low < 1 || high > 65535 || low > high)
        throw new Error(`"${entry}" is not a port (1-65535) or a range such as 8000-8999`);
      return [low, high] as const;
    });
}

export function isPortAllowed(port: number, ranges: PortRanges): boolean {
  return ranges.some(([low, high]) => port >= low && port <= high);
}

export function describePorts(ranges: PortRanges): string {
  return ranges.map(([low, high]) => (low === high ? String(low) : `${low}-${high}`)).join(', ');
}
