import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import {
  type CarrierCountry,
  type CarrierFeedQuery,
  DomainError,
  ErrorCode,
  ErrorType,
  SUPPORTED_COUNTRIES,
  type SupportedCountry,
} from '@did/contracts';
import { type CarrierSandboxConfig, SANDBOX_CONFIG } from '../config';
import { feedRows } from './feed-generator';
import { COUNTRY_PLANS, numberTypesOf } from './feed-plan';
import { ndjsonStream } from './ndjson-stream';
import { WHOLESALE_PRICES } from './price-table';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The carrier's inventory: which countries it sells in, and the deterministic feed of its numbers. */
@Injectable()
export class FeedService {
  constructor(@Inject(SANDBOX_CONFIG) private readonly config: CarrierSandboxConfig) {}

  countries(): CarrierCountry[] {
    return SUPPORTED_COUNTRIES.map((country) => ({
      country_code: country,
      name: countryNames.of(country) ?? country,
      calling_code: COUNTRY_PLANS[country].callingCode,
      currency: WHOLESALE_PRICES[country].currency,
      number_types: numberTypesOf(COUNTRY_PLANS[country]),
    }));
  }

  /** The feed as NDJSON. No `countries` means every supported country; no `seed` means FEED_SEED. */
  feed(query: CarrierFeedQuery): Readable {
    const countries = [...new Set(query.countries ?? SUPPORTED_COUNTRIES)];
    const unsupported = countries.filter((c) => !(SUPPORTED_COUNTRIES as readonly string[]).includes(c));
    if (unsupported.length) {
      const message = `${unsupported.join(', ')} not supported; use ${SUPPORTED_COUNTRIES.join(', ')}`;
      throw new DomainError(ErrorType.InvalidRequest, ErrorCode.ValidationFailed, `query.countries: ${message}`, [
        { field: 'query.countries', rule: 'enum', message },
      ]);
    }
    return ndjsonStream(
      feedRows({
        seed: query.seed ?? this.config.FEED_SEED,
        countries: countries as SupportedCountry[],
        countPerCountry: query.count_per_country,
        carrier: this.config.CARRIER_NAME,
      }),
    );
  }
}
