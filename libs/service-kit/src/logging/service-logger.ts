import pino, { DestinationStream, Level, Logger } from 'pino';
import { currentTrace } from '../trace-context';
import { prettyDestination } from './pretty-destination';
import { REDACT_PATHS, REDACTED, scrubSecrets } from './redaction';

/** `json` (one object a line, for collectors) or `pretty` (readable lines, for `npm start`). */
export type LogFormat = 'json' | 'pretty';

/** The LOG_LEVEL names services take (Nest's), as pino levels. */
export const PINO_LEVELS = {
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
} as const satisfies Record<string, Level>;
export type ServiceLogLevel = keyof typeof PINO_LEVELS;

export interface ServiceLoggerOptions {
  service: string;
  level: ServiceLogLevel;
  format?: LogFormat;
  /** Where lines go (default stdout); tests pass a stream to read them back. */
  destination?: DestinationStream;
}

/**
 * The one logger of a service: pino JSON lines with the service name, the request and trace ids of the
 * work in progress, and secrets redacted, both under known keys and inside message text.
 */
export function createServiceLogger(options: ServiceLoggerOptions): Logger {
  const destination =
    options.destination ??
    (options.format === 'pretty' ? prettyDestination(process.stdout) : pino.destination({ fd: 1, sync: true }));
  return pino(
    {
      level: PINO_LEVELS[options.level],
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      // An error's message and stack are text too (a refused key can be quoted in them).
      serializers: {
        err: scrubbedError,
        stack: (stack: unknown) => (typeof stack === 'string' ? scrubSecrets(stack) : stack),
      },
      mixin: traceFields,
      hooks: {
        logMethod(args, method) {
          const scrubbed = (args as unknown[]).map((arg) => (typeof arg === 'string' ? scrubSecrets(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

function scrubbedError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const out = pino.stdSerializers.err(err);
  return { ...out, message: scrubSecrets(out.message), stack: scrubSecrets(out.stack) };
}

/** Fields every line inside a request, RPC handler or event handler gets (pino's mixin, called per line). */
function traceFields(): Record<string, string> {
  const trace = currentTrace();
  if (!trace) return {};
  return trace.requestId
    ? { request_id: trace.requestId, trace_id: trace.traceId, span_id: trace.spanId }
    : { trace_id: trace.traceId, span_id: trace.spanId };
}
