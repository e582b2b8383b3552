import { NumberState } from '@did/contracts';
import { SEARCHABLE_STATES_SQL } from './entities/phone-number.entity';

/**
 * SQL predicate (alias `n`) for "free to search and reserve at `?`": available, or held by a
 * reservation whose time is up, or done aging. Exact at query time, whether or not the sweeper ran.
 * Takes the same instant twice as parameters.
 */
export const FREE_AT_SQL = `n.${SEARCHABLE_STATES_SQL} and (n.state = 'available' or (n.state = 'reserved' and n.reserved_until <= ?) or (n.state = 'aging' and n.aging_until <= ?))`;

/** The state a row is really in at `now`: an expired hold or a finished aging reads as available. */
export function effectiveState(
  row: { state: NumberState; reserved_until: Date | string | null; aging_until: Date | string | null },
  now: Date,
): NumberState {
  // Raw rows through MikroORM's connection carry timestamps as strings; entities carry Dates.
  const passed = (t: Date | string | null) => t !== null && new Date(t).getTime() <= now.getTime();
  if (row.state === NumberState.Reserved && passed(row.reserved_until)) return NumberState.Available;
  if (row.state === NumberState.Aging && passed(row.aging_until)) return NumberState.Available;
  return row.state;
}
