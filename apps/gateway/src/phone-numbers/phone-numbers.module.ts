import { Module } from '@nestjs/common';
import { ConnectionsController } from './connections.controller';
import { ConnectionsService } from './connections.service';
import { PhoneNumbersController } from './phone-numbers.controller';
import { PhoneNumbersService } from './phone-numbers.service';

/** Owned numbers as one resource (inventory + ordering + routing), assignment to tenants, and connections. */
@Module({
  controllers: [PhoneNumbersController, ConnectionsController],
  providers: [PhoneNumbersService, ConnectionsService],
})
export class PhoneNumbersModule {}
