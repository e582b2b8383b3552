import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AdminFaultsController } from './admin-faults.controller';
import { FaultInterceptor } from './fault.interceptor';
import { FaultsService } from './faults.service';

/** Fault controls: the admin route, and the interceptor that makes /v1 slow or broken on demand. */
@Global()
@Module({
  controllers: [AdminFaultsController],
  providers: [FaultsService, { provide: APP_INTERCEPTOR, useClass: FaultInterceptor }],
  exports: [FaultsService],
})
export class FaultsModule {}
