import path from 'node:path';
import { BaseConfigSchema, loadConfig } from '@did/config';

const TracingConfigSchema = BaseConfigSchema.pick({ OTEL_EXPORTER_OTLP_ENDPOINT: true });
let started = false;

/**
 * Starts the OpenTelemetry SDK (see otel-sdk.ts) for this service when an OTLP endpoint is configured.
 * A configuration that does not parse is left for the service's own start to report (it names every
 * bad variable); tracing stays off meanwhile.
 */
export function startTracingIfConfigured(argv: string[] = process.argv): boolean {
  if (started) return true;
  let endpoint: string | undefined;
  try {
    endpoint = loadConfig(TracingConfigSchema).OTEL_EXPORTER_OTLP_ENDPOINT;
  } catch {
    return false;
  }
  if (!endpoint) return false;
  // Loaded only now: the SDK and its instrumentations are several MB of modules a service without tracing never needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startOpenTelemetry } = require('./otel-sdk') as typeof import('./otel-sdk');
  startOpenTelemetry(serviceName(argv), endpoint);
  started = true;
  return true;
}

/** The service a binary is, from its entry point (`apps/<service>/src/main.ts`, or its build under dist/). */
function serviceName(argv: string[]): string {
  const parts = path.resolve(argv[1] ?? '').split(path.sep);
  const apps = parts.lastIndexOf('apps');
  return apps >= 0 && parts[apps + 1] ? parts[apps + 1] : 'did-service';
}
