import {
  context as otelContext,
  Context,
  ROOT_CONTEXT,
  Span,
  SpanKind,
  SpanStatusCode,
  trace,
  TraceFlags,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { FastifyInstrumentation } from '@opentelemetry/instrumentation-fastify';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { HopKind, runWithTrace, TraceContext, useActiveSpanSource, useSpanRunner } from '@did/service-kit';

const KINDS: Record<HopKind, SpanKind> = {
  server: SpanKind.SERVER,
  client: SpanKind.CLIENT,
  producer: SpanKind.PRODUCER,
  consumer: SpanKind.CONSUMER,
  internal: SpanKind.INTERNAL,
};

/** Probes and scrapes of the ops port are not worth a span each. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|$|\?)/;

/**
 * The OpenTelemetry SDK with the HTTP, fastify, pg and undici instrumentations, exporting over OTLP
 * (http/protobuf) to `endpoint`/v1/traces, and our own spans for NATS hops (the SpanRunner the
 * messaging library calls): from here on the ids in logs and NATS headers are the exported spans'.
 */
export function startOpenTelemetry(service: string, endpoint: string): NodeSDK {
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` });
  const sdk = new NodeSDK({
    serviceName: service,
    // Batched (the SDK's BatchSpanProcessor; OTEL_BSP_* tune it): a span costs the request a queue push, not an export.
    traceExporter: exporter,
    // Traces only: metrics are Prometheus on the ops port (prom-client), logs are the JSON lines on stdout.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.test(req.url ?? '') }),
      new FastifyInstrumentation(),
      new PgInstrumentation(),
      new UndiciInstrumentation(),
    ],
  });
  sdk.start();
  const tracer = trace.getTracer('did-platform');
  useActiveSpanSource(() => {
    const span = trace.getActiveSpan();
    const ids = span?.spanContext();
    if (!ids || !trace.isSpanContextValid(ids)) return undefined;
    return {
      traceId: ids.traceId,
      spanId: ids.spanId,
      sampled: (ids.traceFlags & TraceFlags.SAMPLED) === TraceFlags.SAMPLED,
    };
  });
  useSpanRunner((name, kind, hop, fn) =>
    tracer.startActiveSpan(name, { kind: KINDS[kind] }, parentOf(hop), (span) =>
      endWith(span, () => (hop ? runWithTrace(asSpan(hop, span), fn) : fn())),
    ),
  );
  return sdk;
}

/** A received hop's parent is the remote span of its traceparent; a hop with none starts a trace; an outgoing call is a child of the current span. */
function parentOf(hop: TraceContext | undefined): Context {
  if (!hop) return otelContext.active();
  if (!hop.parentSpanId) return ROOT_CONTEXT;
  return trace.setSpanContext(ROOT_CONTEXT, {
    traceId: hop.traceId,
    spanId: hop.parentSpanId,
    traceFlags: hop.sampled ? TraceFlags.SAMPLED : TraceFlags.NONE,
    isRemote: true,
  });
}

/** The hop's context with the span's ids: what logs and outgoing headers then carry. */
function asSpan(hop: TraceContext, span: Span): TraceContext {
  const ids = span.spanContext();
  return { ...hop, traceId: ids.traceId, spanId: ids.spanId };
}

/** Ends `span` when `fn` (synchronous or a promise) is done, marking it failed when it threw. */
function endWith<T>(span: Span, fn: () => T): T {
  const fail = (err: unknown) => {
    span.recordException(err as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error)?.message });
    span.end();
  };
  let result: T;
  try {
    result = fn();
  } catch (err) {
    fail(err);
    throw err;
  }
  if (result instanceof Promise) {
    return result.then(
      (value) => {
        span.end();
        return value;
      },
      (err) => {
        fail(err);
        throw err;
      },
    ) as T;
  }
  span.end();
  return result;
}
