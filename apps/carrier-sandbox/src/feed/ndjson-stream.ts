import { Readable } from 'node:stream';

function* lines(rows: Iterable<unknown>, rowsPerChunk: number): Generator<string> {
  let chunk: string[] = [];
  for (const row of rows) {
    chunk.push(JSON.stringify(row));
    if (chunk.length === rowsPerChunk) {
      yield chunk.join('\n') + '\n';
      chunk = [];
    }
  }
  if (chunk.length) yield chunk.join('\n') + '\n';
}

/**
 * Newline-delimited JSON of `rows`, pulled lazily: `Readable.from` asks the generator for the next
 * chunk only when the socket drains, so a slow client holds back generation (backpressure) and a
 * million rows never sit in memory. Rows go out a few hundred at a time to keep per-write overhead low.
 */
export function ndjsonStream(rows: Iterable<unknown>, rowsPerChunk = 256): Readable {
  return Readable.from(lines(rows, rowsPerChunk), { objectMode: false });
}
