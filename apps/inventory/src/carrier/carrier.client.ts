import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { CarrierDisconnect, CarrierLookup, CarrierOrder, CreateCarrierDisconnectBody, CreateCarrierOrderBody } from '@did/contracts';
import { INVENTORY_CONFIG, InventoryConfig } from '../config';

/**
 * A carrier call that did not give a usable answer: no answer in time or at all (`status` null),
 * an error status, or a body that breaks the carrier contract. Callers retry or map it; they never
 * show it to a client as is.
 */
export class CarrierCallError extends Error {
  constructor(
    message: string,
    /** HTTP status, or null when no answer came back (timeout, connection refused). */
    readonly status: number | null,
    /** The carrier's error code (`carrier_down`, `carrier_order_not_found`, ...) when it sent one. */
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'CarrierCallError';
  }

  /** True for answers that will not change on a retry (4xx other than 408/429). */
  get permanent(): boolean {
    return this.status !== null && this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429;
  }
}

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
    return this.call('GET', `/v1/lookups/${encodeURIComponent(e164)}${withCallerName ? '?cnam=true' : ''}`, CarrierLookup);
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
      const timedOut = (err as Error).name === 'TimeoutError';
      throw new CarrierCallError(`carrier ${method} ${path}: ${timedOut ? `no answer within ${this.config.CARRIER_TIMEOUT_MS} ms` : (err as Error).message}`, null, null);
    }
    const json = parseJson(text);
    if (!res.ok) {
      const error = json as { code?: unknown; message?: unknown } | undefined;
      const code = typeof error?.code === 'string' ? error.code : null;
      throw new CarrierCallError(`carrier ${method} ${path} answered ${res.status}${code ? ` ${code}` : ''}: ${typeof error?.message === 'string' ? error.message : text.slice(0, 200)}`, res.status, code);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new CarrierCallError(`carrier ${method} ${path} answered a body outside the carrier contract: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, res.status, null);
    return parsed.data;
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
