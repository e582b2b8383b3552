import { Inject, Injectable } from '@nestjs/common';
import { E911Address, E911Validation } from '@did/contracts';
import { ROUTING_CONFIG, RoutingConfig } from '../config';

/** The carrier could not give an answer (down, timeout, a body outside the contract): retry later, never a verdict on the address. */
export class CarrierUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CarrierUnavailableError';
  }
}

/** The carrier's E911 API: `POST /v1/e911/validate`, with CARRIER_TIMEOUT_MS and the answer checked against the contract. */
@Injectable()
export class CarrierE911Client {
  constructor(@Inject(ROUTING_CONFIG) private readonly config: RoutingConfig) {}

  async validate(address: E911Address): Promise<E911Validation> {
    let res: Response;
    let text: string;
    try {
      res = await fetch(new URL('/v1/e911/validate', this.config.CARRIER_SANDBOX_URL), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ address }),
        signal: AbortSignal.timeout(this.config.CARRIER_TIMEOUT_MS),
      });
      text = await res.text();
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      throw new CarrierUnavailableError(`carrier e911 validate: ${timedOut ? `no answer within ${this.config.CARRIER_TIMEOUT_MS} ms` : (err as Error).message}`);
    }
    if (!res.ok) throw new CarrierUnavailableError(`carrier e911 validate answered ${res.status}: ${text.slice(0, 200)}`);
    const parsed = E911Validation.safeParse(safeJson(text));
    if (!parsed.success) throw new CarrierUnavailableError(`carrier e911 validate answered a body outside the carrier contract`);
    return parsed.data;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
