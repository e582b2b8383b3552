import type { CheckResult } from './checks/check';
import type { Injection } from './faults';

export interface Report {
  seed: number;
  injected: Injection[];
  checks: CheckResult[];
  tamperNotes: string[];
  tookMs: number;
  runDir: string;
}

/** Prints what was injected and each check with its figures; returns how many checks failed. */
export function printReport(r: Report): number {
  const out: string[] = [
    '',
    `FLEET TEST (seed ${r.seed}, ${Math.round(r.tookMs / 1000)} s, logs in ${r.runDir})`,
    '',
    'Injected:',
  ];
  for (const i of r.injected) out.push(`  +${(i.atMs / 1000).toFixed(1).padStart(5)} s  ${i.what}`);
  for (const note of r.tamperNotes) out.push(`  FLEET_TAMPER ${note}`);
  out.push('', 'Checked:');
  for (const c of r.checks) {
    out.push(`  ${c.problems.length ? 'FAIL' : 'ok  '}  ${c.name}`, `        ${c.figures}`);
    for (const p of c.problems) out.push(`        ! ${p}`);
  }
  const failed = r.checks.filter((c) => c.problems.length).length;
  out.push('', failed ? `${failed} of ${r.checks.length} checks FAILED` : `all ${r.checks.length} checks passed`, '');
  process.stdout.write(out.join('\n'));
  return failed;
}
