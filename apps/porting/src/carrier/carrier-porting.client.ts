import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import {
  CarrierPortOrder,
  CarrierPortRules,
  type CreateCarrierPortOrderBody,
  CsrResponse,
  DomainError,
  ErrorCode,
  ErrorType,
  PortabilityResponse,
  type SupplementCarrierPortOrderBody,
} from '@did/contracts';
import { callCarrier, CarrierCallError as HttpCarrierCallError } from '@did/http-kit';
import { PORTING_CONFIG, PortingConfig } from '../config';

/** A carrier call without a usable answer; `status` is null when nothing came back. */
export class CarrierCallError extends DomainError {
  constructor(
    message: string,
    readonly status: number | null,
    readonly carrierCode: string | null,
  ) {
    super(ErrorType.Unavailable, ErrorCode.CarrierUnavailable, message);
  }
}

/** The gaining carrier's porting API. Every call has CARRIER_TIMEOUT_MS and every answer is checked against the contract. */
@Injectable()
export class CarrierPortingClient {
  constructor(@Inject(PORTING_CONFIG) private readonly config: PortingConfig) {}

  portability(phoneNumbers: string[]): Promise<PortabilityResponse> {
    return this.call('POST', '/v1/portability', PortabilityResponse, { phone_numbers: phoneNumbers });
  }

  csr(phoneNumber: string): Promise<CsrResponse> {
    return this.call('POST', '/v1/csr', CsrResponse, { phone_number: phoneNumber });
  }

  rules(): Promise<CarrierPortRules> {
    return this.call('GET', '/v1/port-orders/rules', CarrierPortRules);
  }

  createPortOrder(body: CreateCarrierPortOrderBody): Promise<CarrierPortOrder> {
    return this.call('POST', '/v1/port-orders', CarrierPortOrder, body);
  }

  getPortOrder(id: string): Promise<CarrierPortOrder> {
    return this.call('GET', `/v1/port-orders/${encodeURIComponent(id)}`, CarrierPortOrder);
  }

  supplement(id: string, body: SupplementCarrierPortOrderBody): Promise<CarrierPortOrder> {
    return this.call('POST', `/v1/port-orders/${encodeURIComponent(id)}/supplement`, CarrierPortOrder, body);
  }

  cancel(id: string): Promise<CarrierPortOrder> {
    return this.call('POST', `/v1/port-orders/${encodeURIComponent(id)}/cancel`, CarrierPortOrder, {});
  }

  /** Carrier failures become 503 carrier_unavailable here: porting's callers answer clients with them. */
  private async call<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    try {
      return await callCarrier(
        { baseUrl: this.config.CARRIER_SANDBOX_URL, timeoutMs: this.config.CARRIER_TIMEOUT_MS },
        method,
        path,
        schema,
        body,
      );
    } catch (err) {
      if (err instanceof HttpCarrierCallError) throw new CarrierCallError(err.message, err.status, err.code);
      throw err;
    }
  }
}
