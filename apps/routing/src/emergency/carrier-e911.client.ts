import { Inject, Injectable } from '@nestjs/common';
import { E911Address, E911Validation } from '@did/contracts';
import { callCarrier, CarrierCallError } from '@did/http-kit';
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
    try {
      return await callCarrier(
        { baseUrl: this.config.CARRIER_SANDBOX_URL, timeoutMs: this.config.CARRIER_TIMEOUT_MS },
        'POST',
        '/v1/e911/validate',
        E911Validation,
        { address },
      );
    } catch (err) {
      if (err instanceof CarrierCallError) throw new CarrierUnavailableError(err.message);
      throw err;
    }
  }
}
