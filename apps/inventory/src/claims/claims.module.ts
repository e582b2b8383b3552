import { Module } from '@nestjs/common';
import { ClaimsHandler } from './claims.handler';
import { ClaimsService } from './claims.service';

/** Numbers taken for an order (claim) and given back when it is not paid (unclaim). */
@Module({ controllers: [ClaimsHandler], providers: [ClaimsService] })
export class ClaimsModule {}
