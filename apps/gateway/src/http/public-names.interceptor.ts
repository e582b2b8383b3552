import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { map, Observable } from 'rxjs';
import { toPublic } from './public-names';

/**
 * Every JSON answer leaves with public field names (public-names.ts). Strings, buffers and streams (CSV, files,
 * answers the idempotency interceptor has already rendered with public names) pass through untouched.
 */
@Injectable()
export class PublicNamesInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(map((body: unknown) => toPublic(body)));
  }
}
