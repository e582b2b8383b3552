import { Module } from '@nestjs/common';
import { PortingInHandler } from './porting-in.handler';
import { PortingInService } from './porting-in.service';

/** Numbers porting in: porting_in while the port is worked, active (source ported) when it completes. */
@Module({ controllers: [PortingInHandler], providers: [PortingInService] })
export class PortingInModule {}
