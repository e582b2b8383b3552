/**
 * Import first in a service's main.ts (before Nest, fastify, pg or undici load): starts OpenTelemetry
 * when OTEL_EXPORTER_OTLP_ENDPOINT is set, so its instrumentations can patch those modules as they
 * load. When it is not set, nothing of the SDK is even loaded: tracing off costs nothing.
 */
import { startTracingIfConfigured } from './start-tracing';

startTracingIfConfigured();

export { startTracingIfConfigured } from './start-tracing';
