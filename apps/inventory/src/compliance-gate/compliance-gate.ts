import type { EntityManager } from '@mikro-orm/postgresql';
import { COMPLIANCE_REQUIREMENTS, ComplianceStatus, missingCompliance } from '@did/contracts';
import { COMPLIANCE_GATES, sql } from '../db/sql';
import { fail } from '../provisioning/purchase-outcomes';
import { NumberRow } from '../registry/number-rows';

/** Failure code of a number whose paperwork was not met within COMPLIANCE_WAIT_DAYS. WARNING: published in number.purchase_failed. */
export const COMPLIANCE_INCOMPLETE = 'compliance_incomplete';

/** Whether numbers of this country must have their regulatory requirements met before they go to the carrier. */
export function needsCompliance(countryCode: string): boolean {
  return COMPLIANCE_REQUIREMENTS[countryCode] !== undefined;
}

export interface WaitingNumber {
  row: NumberRow;
  missing: string[];
}

/** Splits pending numbers into those that may go to the carrier (no requirement, or met) and those still waiting, with what they miss. */
export async function splitByCompliance(
  em: EntityManager,
  rows: NumberRow[],
): Promise<{ ready: NumberRow[]; waiting: WaitingNumber[] }> {
  const ids = rows.filter((r) => needsCompliance(r.country_code)).map((r) => r.number_id as string);
  const gates = ids.length
    ? await sql<{ number_id: string; status: ComplianceStatus; missing: string[] }>(
        em,
        `select number_id, status, missing from ${COMPLIANCE_GATES} where number_id = any(?)`,
        [ids],
      )
    : [];
  const gateOf = new Map(gates.map((g) => [g.number_id, g]));
  const ready: NumberRow[] = [];
  const waiting: WaitingNumber[] = [];
  for (const row of rows) {
    const gate = gateOf.get(row.number_id as string);
    if (!needsCompliance(row.country_code) || gate?.status === ComplianceStatus.Met) ready.push(row);
    // Never announced: everything the country asks for is missing.
    else
      waiting.push({ row, missing: gate?.missing.length ? gate.missing : missingCompliance(row.country_code, null) });
  }
  return { ready, waiting };
}

/** A gated order still waits (null) or may go to the carrier with these numbers; the rest just failed with compliance_incomplete. */
export type GateDecision = NumberRow[] | null;

/**
 * The compliance gate of one order not yet submitted (in the provisioner's transaction, order row
 * and numbers locked). The order goes to the carrier whole, once every number is met, so it stays one
 * carrier order under one reference; at `deadline` the numbers still waiting fail (refunded, back in
 * stock: the carrier never had them) and the met ones go without them.
 */
export async function passGate(
  em: EntityManager,
  pending: NumberRow[],
  deadline: Date,
  now: Date,
): Promise<GateDecision> {
  const { ready, waiting } = await splitByCompliance(em, pending);
  if (!waiting.length) return ready;
  if (now.getTime() < deadline.getTime()) return null;
  const missingOf = new Map(waiting.map((w) => [w.row.e164, w.missing]));
  await fail(
    em,
    waiting.map((w) => w.row),
    (row) => ({
      code: COMPLIANCE_INCOMPLETE,
      message: `The regulatory requirements of ${row.country_code} were not met in time (missing: ${missingOf.get(row.e164)?.join(', ') || 'unknown'}).`,
    }),
    now,
    { timedOut: false },
  );
  return ready;
}
