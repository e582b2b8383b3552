import { Global, Module } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyService } from './idempotency.service';
import { IdempotencyPurger } from './idempotency.purger';

/** Global so that any feature's controller can use @Idempotent(). */
@Global()
@Module({
  providers: [IdempotencyService, IdempotencyInterceptor, IdempotencyPurger],
  exports: [IdempotencyService, IdempotencyInterceptor],
})
export class IdempotencyModule {}
