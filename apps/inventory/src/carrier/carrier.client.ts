import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import {
  CarrierDisconnect,
  CarrierLookup,
  CarrierOrder,
  CreateCarrierDisconnectBody,
  CreateCarrierOrderBody,
} from '@did/contracts';
import { callCarrier, CarrierCallError } from '@did/http-kit';
import { INVENTORY_CONFIG, InventoryConfig } from '../config';

export { CarrierCallError };

/**
 * The carrier's order, disconnect and lookup API (the inventory feed has its own streaming reader in
 * ingest/). Every call has CARRIER_TIMEOUT_MS and every answer is checked against the contract.
 */
@Injectable()
export class CarrierClient {
  constructor(@Inject(INVENTORY_CONFIG) private readonly config: InventoryConfig) {}

  /** `POST /v1/orders`; the carrier returns the existing order for a reference it already has. */
  createOrder(body: CreateCarrierOrderBody): Promise<CarrierOrder> {
    return this.call('POST', '/v1/orders', CarrierOrder, body);
  }

  getOrder(id: string): Promise<CarrierOrder> {
    return this.call('GET', `/v1/orders/${encodeURIComponent(id)}`, CarrierOrder);
  }

  disconnect(body: CreateCarrierDisconnectBody): Promise<CarrierDisconnect> {
    return this.call('POST', '/v1/disconnects', CarrierDisconnect, body);
  }

  lookup(e164: string, withCallerName: boolean): Promise<CarrierLookup> {
    return this.call(
      'GET',
      `/v1/lookups/${encodeURIComponent(e164)}${withCallerName ? '?cnam=true' : ''}`,
      CarrierLookup,
    );
  }

  private call<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    return callCarrier(
      { baseUrl: this.config.CARRIER_SANDBOX_URL, timeoutMs: this.config.CARRIER_TIMEOUT_MS },
      method,
      path,
      schema,
      body,
    );
  }
}
