import { UsageRecordView, UsageRecordViewSchema, UsageReport } from '@did/contracts';

/** Record columns, in the order of the JSON view (record_type left out): the CSV never drifts from the API. */
export const USAGE_RECORD_CSV_COLUMNS = Object.keys(UsageRecordViewSchema.shape).filter(
  (k) => k !== 'record_type',
) as (keyof UsageRecordView)[];

const REPORT_COLUMNS = [
  'calls',
  'messages',
  'message_parts',
  'billed_seconds',
  'minutes_decimal',
  'cost_cents_decimal',
] as const;

/**
 * One CSV field (RFC 4180). A value a spreadsheet would run as a formula (=, @, or + / - not
 * followed by a number, e.g. a caller ID the edge relayed) is prefixed with a quote; +15125550100 stays as is.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-]\d[\d.]*$/.test(text))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function usageRecordsCsvHeader(): string {
  return csvLine(USAGE_RECORD_CSV_COLUMNS);
}

export function usageRecordsCsvRows(records: readonly UsageRecordView[]): string {
  return records.map((r) => csvLine(USAGE_RECORD_CSV_COLUMNS.map((c) => r[c]))).join('');
}

/** The report's rows, then a `total` row; the first column is named after the grouping (day, phone_number, ...). */
export function* usageReportCsv(report: UsageReport): Generator<string> {
  yield csvLine([report.group_by, ...REPORT_COLUMNS, 'currency']);
  for (const row of report.data) yield csvLine([row.key, ...REPORT_COLUMNS.map((c) => row[c]), report.currency]);
  yield csvLine(['total', ...REPORT_COLUMNS.map((c) => report.totals[c]), report.currency]);
}
