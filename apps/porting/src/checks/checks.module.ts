import { Module } from '@nestjs/common';
import { ChecksHandler } from './checks.handler';
import { ChecksService } from './checks.service';

/** Portability checks and CSRs from the carrier. */
@Module({ controllers: [ChecksHandler], providers: [ChecksService] })
export class ChecksModule {}
