import { Module } from '@nestjs/common';
import { AdminPortOrdersController, PortOrdersController } from './port-orders/port-orders.controller';
import { PortOrdersService } from './port-orders/port-orders.service';
import { PortingController } from './porting.controller';
import { PortingService } from './porting.service';

@Module({
  controllers: [PortingController, PortOrdersController, AdminPortOrdersController],
  providers: [PortingService, PortOrdersService],
})
export class PortingModule {}
