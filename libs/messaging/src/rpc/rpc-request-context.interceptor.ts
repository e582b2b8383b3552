import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Observable } from 'rxjs';

/**
 * Gives every NATS message its own MikroORM identity map. The ORM's request-context middleware runs
 * for HTTP only; without this, all messages of a service would share one EntityManager.
 */
@Injectable()
export class RpcRequestContextInterceptor implements NestInterceptor {
  constructor(private readonly orm: MikroORM) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    return new Observable((subscriber) => RequestContext.create(this.orm.em, () => next.handle().subscribe(subscriber)));
  }
}
