import { Module } from '@nestjs/common';
import { RecordsModule } from '../records/records.module';
import { CallsController } from './calls.controller';
import { CallsService } from './calls.service';
import { RoutingResolver } from './routing-resolver';

/** One call or message at a time: resolve, then publish its detail record. */
@Module({
  imports: [RecordsModule],
  controllers: [CallsController],
  providers: [RoutingResolver, CallsService],
  exports: [CallsService],
})
export class CallsModule {}
