import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthFailureLimiter } from '../rate-limit/auth-failure-limiter';
import { AuthenticationService } from './authentication.service';
import { attachActor } from './current-actor.decorator';
import { IS_PUBLIC } from './public.decorator';

/** Global guard: every route except those marked @Public() needs a valid API key; failed attempts are limited per address (AuthFailureLimiter). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authentication: AuthenticationService,
    private readonly failures: AuthFailureLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    this.failures.assertMayTry(request.ip, context.switchToHttp().getResponse<FastifyReply>());
    const accountId = request.headers['account-id'];
    try {
      attachActor(
        request,
        await this.authentication.authenticate(
          request.headers.authorization,
          Array.isArray(accountId) ? accountId[0] : accountId,
        ),
      );
    } catch (err) {
      this.failures.record(request.ip, err);
      throw err;
    }
    return true;
  }
}
