import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { from, Observable, switchMap } from 'rxjs';
import { FaultsService } from './faults.service';

/**
 * Applies the fault controls to the carrier API (`/v1/...`) only: /health and /admin stay honest so
 * probes and tests can always see and undo what they broke.
 */
@Injectable()
export class FaultInterceptor implements NestInterceptor {
  constructor(private readonly faults: FaultsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const url = context.switchToHttp().getRequest<FastifyRequest>().url;
    if (!url.startsWith('/v1/')) return next.handle();
    return from(this.faults.applyToCall()).pipe(switchMap(() => next.handle()));
  }
}
