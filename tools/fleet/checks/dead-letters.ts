import { CheckResult, Query } from './check';

/** No consumer gave up on an event because of the faults: every service's dead_letters table is empty. */
export async function checkDeadLetters(q: Query): Promise<CheckResult> {
  const tables = await q<{ schema: string }>(
    `select table_schema as schema from information_schema.tables where table_name = 'dead_letters' order by 1`,
  );
  const counts: string[] = [];
  const problems: string[] = [];
  for (const { schema } of tables) {
    const rows = await q(
      `select consumer, event_type, attempts, left(error, 200) as error from "${schema}".dead_letters limit 5`,
    );
    const [{ n }] = await q<{ n: number }>(`select count(*)::int as n from "${schema}".dead_letters`);
    counts.push(`${schema} ${n}`);
    if (n > 0) problems.push(`${schema}: ${n} dead letters, e.g. ${JSON.stringify(rows)}`);
  }
  if (!tables.length) problems.push('no dead_letters table found: the check looked in the wrong database');
  return {
    name: 'no dead letter made by the faults',
    figures: `dead letters per schema: ${counts.join(', ')}`,
    problems,
  };
}
