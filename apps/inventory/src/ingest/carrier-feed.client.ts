import { CarrierFeedNumber } from '@did/contracts';

export interface FeedRequest {
  countries: string[];
  countPerCountry: number;
  seed?: string;
}

/** Raised when the carrier feed answers badly; names the line so a broken row can be found. */
export class CarrierFeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CarrierFeedError';
  }
}

/**
 * Streams the carrier's inventory feed (`GET /v1/inventory/feed`, NDJSON): one validated
 * CarrierFeedNumber per line, read as it arrives, so a million rows never sit in memory at once.
 */
export async function* readCarrierFeed(baseUrl: string, request: FeedRequest): AsyncGenerator<CarrierFeedNumber> {
  const url = new URL('/v1/inventory/feed', baseUrl);
  url.searchParams.set('countries', request.countries.join(','));
  url.searchParams.set('count_per_country', String(request.countPerCountry));
  if (request.seed !== undefined) url.searchParams.set('seed', request.seed);
  const res = await fetch(url);
  if (!res.ok || !res.body)
    throw new CarrierFeedError(`carrier feed ${url} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  yield* parseNdjson(res.body as unknown as AsyncIterable<Uint8Array>);
}

/** NDJSON bytes to validated rows. Blank lines are skipped; a bad line stops the feed with its line number. */
export async function* parseNdjson(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<CarrierFeedNumber> {
  const decoder = new TextDecoder();
  let buffered = '';
  let lineNo = 0;
  const parse = (text: string): CarrierFeedNumber | null => {
    lineNo++;
    if (!text.trim()) return null;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new CarrierFeedError(`carrier feed line ${lineNo} is not JSON`);
    }
    const result = CarrierFeedNumber.safeParse(json);
    if (!result.success)
      throw new CarrierFeedError(
        `carrier feed line ${lineNo} is not a CarrierFeedNumber: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    return result.data;
  };
  for await (const chunk of chunks) {
    buffered += decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const row = parse(buffered.slice(0, nl));
      buffered = buffered.slice(nl + 1);
      if (row) yield row;
    }
  }
  buffered += decoder.decode();
  const last = parse(buffered);
  if (last) yield last;
}
