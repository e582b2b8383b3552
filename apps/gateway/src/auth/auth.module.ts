import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { performance } from 'node:perf_hooks';
import { AuthGuard } from './auth.guard';
import { AuthenticationService } from './authentication.service';
import { CredentialCache } from './credential-cache';
import { CredentialInvalidation } from './credential-invalidation';
import { AuthFailureLimiter } from '../rate-limit/auth-failure-limiter';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard';

/** Authentication then rate limiting, in that order, on every route. */
@Global()
@Module({
  providers: [
    { provide: CredentialCache, useFactory: () => new CredentialCache(() => performance.now()) },
    CredentialInvalidation,
    AuthenticationService,
    AuthFailureLimiter,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [AuthenticationService],
})
export class AuthModule {}
