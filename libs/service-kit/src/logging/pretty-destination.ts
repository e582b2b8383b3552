import type { DestinationStream } from 'pino';

/** Fields the pretty line shows in its fixed columns rather than as `key=value`. */
const COLUMNS = new Set(['time', 'level', 'msg', 'context', 'service', 'pid', 'hostname']);

/**
 * Human-readable lines for `npm start` (whose launcher already tags each line with the service):
 * `15:04:05.123 INFO  [Context] message key=value ...`. Costs a JSON.parse a line: not for production.
 */
export function prettyDestination(out: { write(text: string): unknown }): DestinationStream {
  return { write: (line: string) => out.write(`${prettyLine(line)}\n`) };
}

export function prettyLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.trimEnd();
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 23) : '';
  const level = String(entry.level ?? '')
    .toUpperCase()
    .padEnd(5);
  const context = entry.context ? `[${String(entry.context)}] ` : '';
  const extra = Object.entries(entry)
    .filter(([key]) => !COLUMNS.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return [`${time} ${level} ${context}${String(entry.msg ?? '')}`, ...extra].join(' ');
}
