/** Resident set size of this process in bytes (what the 150 MB idle budget is measured against). */
export function residentSetBytes(): number {
  return process.memoryUsage.rss();
}
