import type { FastifyInstance } from 'fastify';
import { processCounter, processHistogram } from '@did/service-kit';

const requests = processCounter(
  'did_http_requests_total',
  'HTTP requests the gateway answered, by method, route template and status.',
  ['method', 'route', 'status'],
);
const seconds = processHistogram(
  'did_http_request_duration_seconds',
  'Time to answer an HTTP request, by method and route template.',
  ['method', 'route'],
);

/**
 * Counts every answered request by its route template (`/v1/numbers/:id`, never the raw URL, so ids do
 * not explode the series), for rate, error ratio and latency per route on the ops port's /metrics.
 */
export function recordHttpMetrics(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    seconds.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    done();
  });
}
