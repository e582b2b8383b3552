import { Module } from '@nestjs/common';
import { PortingController } from './porting.controller';
import { PortingService } from './porting.service';

@Module({ controllers: [PortingController], providers: [PortingService] })
export class PortingModule {}
