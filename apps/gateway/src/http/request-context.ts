import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  activeSpanTrace,
  continueTrace,
  newRequestId,
  REQUEST_ID_HEADER,
  runWithTrace,
  saneRequestId,
  TRACEPARENT_HEADER,
  TraceContext,
} from '@did/service-kit';

type TracedRequest = FastifyRequest & { trace?: TraceContext };

/** The trace context of an HTTP request (set by {@link useRequestContext}). */
export function traceOf(request: FastifyRequest): TraceContext | undefined {
  return (request as TracedRequest).trace;
}

/**
 * Gives every request a request id (the caller's `Request-Id` when it is sane, else a new one) and a
 * W3C trace (continuing the caller's `traceparent`, else a new one), sends `Request-Id` back on every
 * response (errors too: the header is set before anything can fail), and runs the rest of the request
 * inside that context, so its log lines and outgoing NATS hops carry both ids.
 */
export function useRequestContext(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const requestId = saneRequestId(request.headers[REQUEST_ID_HEADER.toLowerCase()]) ?? newRequestId();
    const traceparent = request.headers[TRACEPARENT_HEADER];
    // With OpenTelemetry on, its HTTP server span (which already continued the caller's traceparent) is the request's hop.
    const trace =
      activeSpanTrace(requestId) ?? continueTrace(Array.isArray(traceparent) ? traceparent[0] : traceparent, requestId);
    (request as TracedRequest).trace = trace;
    reply.header(REQUEST_ID_HEADER, requestId);
    runWithTrace(trace, done);
  });
  // Body parsing runs on the socket's callbacks, outside the context entered above: enter it again for the handler.
  fastify.addHook('preHandler', (request, _reply, done) => {
    const trace = traceOf(request);
    if (trace) runWithTrace(trace, done);
    else done();
  });
}
