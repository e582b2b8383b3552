import { Module } from '@nestjs/common';
import { ComplianceHandler } from './compliance.handler';
import { ComplianceService } from './compliance.service';

/** Regulatory requirements of numbers (end-user details, documents). */
@Module({ controllers: [ComplianceHandler], providers: [ComplianceService] })
export class ComplianceModule {}
