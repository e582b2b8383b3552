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

  private async call<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    const url = new URL(path, this.config.CARRIER_SANDBOX_URL);
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.config.CARRIER_TIMEOUT_MS),
      });
      text = await res.text();
    } catch (err) {
      throw new CarrierCallError(`The carrier did not answer ${method} ${path}: ${(err as Error).message}`, null, null);
    }
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const error = json as { code?: unknown; message?: unknown; errors?: unknown } | undefined;
      const code = typeof error?.code === 'string' ? error.code : null;
      throw new CarrierCallError(`The carrier answered ${method} ${path} with ${res.status}${code ? ` ${code}` : ''}: ${typeof error?.message === 'string' ? error.message : text.slice(0, 200)}`, res.status, code);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new CarrierCallError(`The carrier answered ${method} ${path} outside its contract.`, res.status, null);
    return parsed.data;
  }
}
