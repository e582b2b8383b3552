import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor';

/** The request's {@link Actor}, set by the AuthGuard. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = (ctx.switchToHttp().getRequest<FastifyRequest>() as FastifyRequest & { actor?: Actor }).actor;
  if (!actor) throw new Error('CurrentActor used on a route without AuthGuard');
  return actor;
});

export function attachActor(request: FastifyRequest, actor: Actor): void {
  (request as FastifyRequest & { actor?: Actor }).actor = actor;
}

export function actorOf(request: FastifyRequest): Actor | undefined {
  return (request as FastifyRequest & { actor?: Actor }).actor;
}
