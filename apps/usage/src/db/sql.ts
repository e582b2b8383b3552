/** Rating is set-based SQL: one statement per batch step, whatever the batch size. */
export { sql } from '@did/persistence';

/** The usage schema's tables, qualified: raw SQL never depends on the connection's search_path. */
export const USAGE_RECORDS = '"usage"."usage_records"';
export const HELD_RECORDS = '"usage"."held_records"';
export const NUMBER_RATES = '"usage"."number_rates"';
export const USAGE_ACCRUALS = '"usage"."usage_accruals"';
export const USAGE_CHARGES = '"usage"."usage_charges"';
export const INTAKE_POSITIONS = '"usage"."intake_positions"';
