import type { CarrierFeedNumber, SupportedCountry } from '@did/contracts';
import { hashString } from '../determinism/seeded-hash';
import { countryBlocks } from '../numbering/number-catalogue';
import { BlockPool } from './block-pool';
import { capabilitiesFor } from './capabilities';
import { COUNTRY_PLANS, type CountryPlan, weightedSchedule } from './feed-plan';
import { wholesalePrice } from './price-table';

export interface FeedRequest {
  seed: string;
  countries: readonly SupportedCountry[];
  countPerCountry: number;
  /** The `carrier` of every row: the carrier selling the number. */
  carrier: string;
}

function poolsOf(plan: CountryPlan, countryKey: number): BlockPool[] {
  const blocks = countryBlocks(plan.country);
  return plan.pools.map((pool) => {
    const ofType = blocks[pool.type] ?? [];
    const featured = plan.pools
      .filter((p) => p.type === pool.type && p.featuredPrefix)
      .map((p) => p.featuredPrefix as string);
    const chosen = pool.featuredPrefix
      ? ofType.filter((b) => b.prefix.startsWith(pool.featuredPrefix as string))
      : ofType.filter((b) => !featured.some((prefix) => b.prefix.startsWith(prefix)));
    return new BlockPool(chosen, hashString(pool.name, countryKey));
  });
}

/** Rows of one country: pools take turns by weight; when one runs dry the next in line stands in. */
function* countryRows(request: FeedRequest, seedKey: number, country: SupportedCountry): Generator<CarrierFeedNumber> {
  const plan = COUNTRY_PLANS[country];
  const pools = poolsOf(plan, hashString(country, seedKey));
  const schedule = weightedSchedule(plan.pools.map((p) => p.weight));
  for (let row = 0; row < request.countPerCountry; row++) {
    const first = schedule[row % schedule.length];
    let draw = null;
    for (let i = 0; i < pools.length && !draw; i++) draw = pools[(first + i) % pools.length].next();
    if (!draw) return;
    const { block, nationalNumber } = draw;
    const e164 = `+${plan.callingCode}${nationalNumber}`;
    const price = wholesalePrice(country, block.numberType);
    yield {
      e164,
      country_code: country,
      number_type: block.numberType,
      region: block.region,
      locality: block.locality,
      rate_center: block.rateCenter,
      ndc: block.ndc,
      nxx: block.nxx,
      capabilities: capabilitiesFor(country, block.numberType, e164, seedKey),
      carrier: request.carrier,
      wholesale: { setup_cents: price.setup_cents, monthly_cents: price.monthly_cents, currency: price.currency },
    };
  }
}

/**
 * The carrier's inventory as a deterministic stream: the same request always yields the same rows
 * in the same order (countries in the order asked, each up to `countPerCountry` distinct numbers;
 * fewer only if a country's ranges run out). Rows are made one at a time, never held in a list.
 */
export function* feedRows(request: FeedRequest): Generator<CarrierFeedNumber> {
  const seedKey = hashString(request.seed);
  for (const country of request.countries) yield* countryRows(request, seedKey, country);
}
