import readline from 'node:readline';
import type { Readable } from 'node:stream';

/** Wide enough for the longest service name, so every prefixed log column lines up. */
const TAG_WIDTH = 15;
// eslint-disable-next-line no-control-regex
const ANSI_ESCAPE = /\x1b\[[0-9;]*m/g;

/**
 * A failure the user can fix (something missing, a port taken): shown as its one-line message,
 * without a stack trace that would bury it.
 */
export class SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetupError';
  }
}

export function stripAnsi(text: string): string {
  return text.replace(ANSI_ESCAPE, '');
}

/** One line tagged with where it came from, so the interleaved output of many processes stays readable. */
export function tagged(tag: string, line: string): string {
  return `${tag.padEnd(TAG_WIDTH)} | ${line}`;
}

/** Messages of the launcher itself. */
export function say(message: string, tag = 'dev'): void {
  process.stdout.write(`${tagged(tag, message)}\n`);
}

/** Why the launcher fails, on stderr so it survives `> log` and stands out. */
export function complain(message: string, tag = 'dev'): void {
  process.stderr.write(`${tagged(tag, message)}\n`);
}

/** Calls `onLine` for every complete line of `stream` (a chunk can end mid-line). */
export function eachLine(stream: Readable | null, onLine: (line: string) => void): void {
  if (!stream) return;
  readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
}

/** `postgres://user:secret@host/db` shown without the secret. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
