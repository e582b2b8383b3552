import { Inject, Injectable } from '@nestjs/common';
import type { CsrResponse, PortabilityResult } from '@did/contracts';
import { type CarrierSandboxConfig, SANDBOX_CONFIG } from '../config';
import { describeNumber } from '../numbering/number-facts';
import { csrOf } from './csr-record';
import { portabilityOf } from './portability-rules';

/** Portability checks and customer service records, deterministic for a seed (see magic-numbers.ts). */
@Injectable()
export class PortingService {
  constructor(@Inject(SANDBOX_CONFIG) private readonly config: CarrierSandboxConfig) {}

  portability(phoneNumbers: string[]): PortabilityResult[] {
    return phoneNumbers.map((e164) => portabilityOf(describeNumber(e164), this.config.FEED_SEED));
  }

  csr(phoneNumber: string): CsrResponse {
    return csrOf(describeNumber(phoneNumber), this.config.FEED_SEED);
  }
}
