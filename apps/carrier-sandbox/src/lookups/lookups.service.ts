import { Inject, Injectable } from '@nestjs/common';
import type { CarrierLookup } from '@did/contracts';
import { type CarrierSandboxConfig, SANDBOX_CONFIG } from '../config';
import { describeNumber } from '../numbering/number-facts';
import { callerNameOf } from '../subscribers/caller-name';
import { lineTypeOf, servingCarrier } from '../subscribers/serving-carrier';

/** Number lookups (carrier, line type, place; caller name on request), the same answer every time for a seed. */
@Injectable()
export class LookupsService {
  constructor(@Inject(SANDBOX_CONFIG) private readonly config: CarrierSandboxConfig) {}

  lookup(e164: string, withCallerName: boolean): CarrierLookup {
    const seed = this.config.FEED_SEED;
    const facts = describeNumber(e164);
    const carrier = servingCarrier(facts, seed);
    return {
      phone_number: e164,
      valid: facts.valid,
      country_code: facts.valid ? facts.country : null,
      line_type: lineTypeOf(facts, seed),
      carrier: carrier ? { name: carrier } : null,
      region: facts.region,
      locality: facts.locality,
      ...(withCallerName ? { caller_name: callerNameOf(facts, seed) } : {}),
    };
  }
}
