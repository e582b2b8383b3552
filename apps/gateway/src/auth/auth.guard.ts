import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AuthenticationService } from './authentication.service';
import { attachActor } from './current-actor.decorator';
import { IS_PUBLIC } from './public.decorator';

/** Global guard: every route except those marked @Public() needs a valid API key. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authentication: AuthenticationService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const accountId = request.headers['account-id'];
    attachActor(request, await this.authentication.authenticate(request.headers.authorization, Array.isArray(accountId) ? accountId[0] : accountId));
    return true;
  }
}
