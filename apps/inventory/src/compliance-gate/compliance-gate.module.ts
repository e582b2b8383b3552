import { Module } from '@nestjs/common';
import { ComplianceGateConsumer } from './compliance-gate.consumer';

/** Holds back orders of numbers whose country has regulatory requirements until routing says each is met (number.compliance_updated). */
@Module({ providers: [ComplianceGateConsumer] })
export class ComplianceGateModule {}
