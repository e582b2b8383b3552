import { AsyncLocalStorage } from 'node:async_hooks';
import { randomFillSync } from 'node:crypto';

/**
 * What ties a log line, a NATS hop, an event and a webhook back to the API call that caused them: the
 * W3C trace (https://www.w3.org/TR/trace-context/) and the gateway's request id.
 */
export interface TraceContext {
  /** 32 lowercase hex digits, the same on every hop of one request. */
  traceId: string;
  /** 16 lowercase hex digits: this hop (a request, an RPC handler, an event consumer). */
  spanId: string;
  sampled: boolean;
  /** The gateway's `Request-Id` of the API call, when the work started from one. */
  requestId?: string;
  /** The sender's span, when this hop continued a received `traceparent` (an exported span's parent). */
  parentSpanId?: string;
}

/** The W3C header (HTTP, NATS headers, webhook POSTs) and the request id header. */
export const TRACEPARENT_HEADER = 'traceparent';
export const REQUEST_ID_HEADER = 'Request-Id';

const storage = new AsyncLocalStorage<TraceContext>();
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZERO = /^0+$/;
/** A request id we accept from a caller: short, printable, no spaces (it ends up in logs and headers). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Where new span ids come from when OpenTelemetry is on: its active span, so the ids in logs and
 * headers are the ones the exported spans have. Off (the default), ids are random.
 */
let activeSpanSource: (() => Pick<TraceContext, 'traceId' | 'spanId' | 'sampled'> | undefined) | null = null;

/** Lets the tracing SDK (when it is loaded) supply the current span's ids. */
export function useActiveSpanSource(source: typeof activeSpanSource): void {
  activeSpanSource = source;
}

/** The trace context of the work in progress (an HTTP request, an RPC handler, an event), if any. */
export function currentTrace(): TraceContext | undefined {
  const otel = activeSpanSource?.();
  const own = storage.getStore();
  if (otel && (!own || otel.traceId === own.traceId)) return { ...otel, requestId: own?.requestId };
  return own;
}

/** Runs `fn` with `context` as the current trace: every log line and outgoing hop inside it carries it. */
export function runWithTrace<T>(context: TraceContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The parts of a `traceparent` header, or null when it is absent or not one (W3C: then start a new trace). */
export function parseTraceparent(
  header: string | null | undefined,
): Pick<TraceContext, 'traceId' | 'spanId' | 'sampled'> | null {
  if (!header) return null;
  const match = TRACEPARENT.exec(header.trim().toLowerCase());
  if (!match) return null;
  const [, version, traceId, spanId, flags, rest] = match;
  if (version === 'ff' || (version === '00' && rest) || ALL_ZERO.test(traceId) || ALL_ZERO.test(spanId)) return null;
  return { traceId, spanId, sampled: (parseInt(flags, 16) & 1) === 1 };
}

/** The `traceparent` header value of `context` (version 00). */
export function formatTraceparent(context: Pick<TraceContext, 'traceId' | 'spanId' | 'sampled'>): string {
  return `00-${context.traceId}-${context.spanId}-${context.sampled ? '01' : '00'}`;
}

/** What a hop is to the tracing backend: OpenTelemetry's span kinds. */
export type HopKind = 'server' | 'client' | 'producer' | 'consumer' | 'internal';

/**
 * Runs `fn` as a span named `name` (when tracing is exported): with `context`, as that hop (a child
 * of its parentSpanId), whose ids then become the current trace; without, as a child of the current span.
 */
export type SpanRunner = <T>(name: string, kind: HopKind, context: TraceContext | undefined, fn: () => T) => T;

let spanRunner: SpanRunner | null = null;

/** Installed by the tracing SDK when OTEL_EXPORTER_OTLP_ENDPOINT is set; null (the default) means no spans, no cost. */
export function useSpanRunner(runner: SpanRunner | null): void {
  spanRunner = runner;
}

/** Whether spans are being exported (OpenTelemetry is on). */
export function exportingSpans(): boolean {
  return spanRunner !== null;
}

/** Runs `fn` as the hop `name` in `context` (an RPC handled, an event consumed): the current trace inside, a span when exported. */
export function runHop<T>(name: string, kind: HopKind, context: TraceContext, fn: () => T): T {
  return spanRunner ? spanRunner(name, kind, context, fn) : runWithTrace(context, fn);
}

/** Runs `fn` as an outgoing call `name` (an RPC request): a child span of the current one when exported, else just `fn`. */
export function inSpan<T>(name: string, kind: HopKind, fn: () => T): T {
  return spanRunner ? spanRunner(name, kind, undefined, fn) : fn();
}

/** The active exported span's ids (the HTTP server span of a request, when OpenTelemetry is on), else undefined. */
export function activeSpanTrace(requestId?: string): TraceContext | undefined {
  const span = activeSpanSource?.();
  return span && { ...span, requestId };
}

/** The current trace's `traceparent`, for an outgoing hop; undefined outside any trace. */
export function currentTraceparent(): string | undefined {
  const trace = currentTrace();
  return trace && formatTraceparent(trace);
}

/**
 * The context of a hop that received `traceparent` (an RPC, an event, a request): the same trace, a new
 * span of its own. Without a valid header, a new trace starts (as W3C asks of a receiver).
 */
export function continueTrace(traceparent: string | null | undefined, requestId?: string | null): TraceContext {
  const parent = parseTraceparent(traceparent);
  return {
    traceId: parent?.traceId ?? randomHex(16),
    spanId: randomHex(8),
    sampled: parent?.sampled ?? true,
    requestId: requestId ?? undefined,
    parentSpanId: parent?.spanId,
  };
}

/** A caller's own request id if it is sane to log and echo; otherwise null (the caller then gets a new one). */
export function saneRequestId(value: unknown): string | null {
  return typeof value === 'string' && SANE_REQUEST_ID.test(value) ? value : null;
}

/** A new request id: `req_` and 20 random hex digits, short enough to read out over the phone. */
export function newRequestId(): string {
  return `req_${randomHex(10)}`;
}

/** Random bytes for ids come from a pool refilled 4 KB at a time: a crypto call per id cost more than the rest of a hop. */
const pool = Buffer.allocUnsafe(4096);
let used = pool.length;

function randomHex(bytes: number): string {
  if (used + bytes > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const hex = pool.toString('hex', used, used + bytes);
  used += bytes;
  return hex;
}
