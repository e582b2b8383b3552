/** One sample of a Prometheus text exposition: `name{labels} value`. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?/g;

/**
 * Parses the Prometheus text format (0.0.4, what prom-client serves) into samples; comments
 * (# HELP, # TYPE) are skipped. A line that is neither fails loudly: a scrape a real Prometheus
 * would reject must fail the test too.
 */
export function parsePrometheusText(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const match = SAMPLE_LINE.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, name, raw] of (match[2] ?? '').matchAll(LABEL))
      labels[name] = raw.replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
    samples.push({ name: match[1], labels, value: parseValue(match[3]) });
  }
  return samples;
}

/** As Prometheus reads a value: NaN and Inf in any case (prom-client writes "Nan"). */
function parseValue(raw: string): number {
  if (/^nan$/i.test(raw)) return NaN;
  if (/^\+?inf$/i.test(raw)) return Infinity;
  if (/^-inf$/i.test(raw)) return -Infinity;
  const value = Number(raw);
  if (Number.isNaN(value)) throw new Error(`not a sample value: ${raw}`);
  return value;
}

/** The samples of one scrape, looked up by metric name and a subset of labels. */
export class Scrape {
  readonly samples: Sample[];

  constructor(readonly text: string) {
    this.samples = parsePrometheusText(text);
  }

  /** Every sample of `name` whose labels include `labels`. */
  all(name: string, labels: Record<string, string> = {}): Sample[] {
    return this.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  }

  /** The one sample of `name` with `labels`; throws naming the metric when there is none or more than one. */
  value(name: string, labels: Record<string, string> = {}): number {
    const found = this.all(name, labels);
    if (found.length !== 1)
      throw new Error(`${found.length} samples of ${name}${JSON.stringify(labels)} (one expected)`);
    return found[0].value;
  }

  /** The sum of `name` over the samples with `labels` (0 when there are none). */
  sum(name: string, labels: Record<string, string> = {}): number {
    return this.all(name, labels).reduce((total, s) => total + s.value, 0);
  }
}
