import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { runWithTrace } from '@did/service-kit';
import { displayPrefixOf } from '../api-keys/api-key-secret';
import { actorOf } from '../auth/current-actor.decorator';
import { traceOf } from './request-context';

const logger = new Logger('http');

/**
 * One line per answered request: method, route template, status, duration, the acting account and the
 * first characters of the API key (never the key: they only tell support which key it was).
 */
export function logAccess(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      duration_ms: Math.round(reply.elapsedTime * 10) / 10,
      ...who(request),
    };
    const write = () => logger.log({ msg: `${request.method} ${line.route} ${reply.statusCode}`, ...line });
    const trace = traceOf(request);
    if (trace) runWithTrace(trace, write);
    else write();
    done();
  });
}

function who(request: FastifyRequest): { account_id?: string; api_key_prefix?: string } {
  const actor = actorOf(request);
  if (!actor) return {};
  const keyPrefix =
    actor.principal.kind === 'operator' ? 'operator' : displayPrefixOf(bearer(request.headers.authorization));
  return { account_id: actor.account?.id, api_key_prefix: keyPrefix };
}

function bearer(header: string | undefined): string {
  return header?.replace(/^Bearer\s+/i, '') ?? '';
}
