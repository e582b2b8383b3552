import fs from 'node:fs';

/** The platform requirement: every service idles under this resident set size. */
export const IDLE_RSS_BUDGET_MB = 150;

/**
 * Resident set size of a process in MB, from /proc (the kernel's own figure, the same one the budget is
 * stated in); undefined when the process is gone or /proc is not there (not Linux).
 */
export function rssMb(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function formatMb(mb: number | undefined): string {
  return mb === undefined ? 'n/a' : `${mb.toFixed(1)} MB`;
}
