/** Port-in shapes of /v1/numbers/porting-orders, generated from docs/openapi.json (../../api/generated/openapi.ts). */
export type {
  PortOrder,
  PortOrderNumber,
  PortTimelineEntry,
  PortingDocument,
  PortabilityCheckResult as PortabilityResult,
} from '../../api/generated/openapi';

/** The first business day (Mon-Fri, UTC) at least `days` days ahead, as YYYY-MM-DD. */
export function businessDayAhead(days: number, from = new Date()): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days));
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
