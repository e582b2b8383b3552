import { Agent } from 'undici';
import { z } from 'zod';
import { exchange, ExchangeAnswer, ExchangeTimeout } from './http-exchange';

/**
 * A carrier call that did not give a usable answer: no answer in time or at all (`status` null), an
 * error status, or a body that breaks the carrier contract. Callers retry or map it; they never show
 * it to a client as is.
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
    return (
      this.status !== null && this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429
    );
  }
}

/** Where the carrier is and how long a call may take. */
export interface CarrierEndpoint {
  baseUrl: string;
  timeoutMs: number;
}

/**
 * One JSON call to the carrier's HTTP API (the sandbox in development) with a timeout, the answer
 * checked against its contract. Every service that talks to the carrier (inventory, porting,
 * routing) goes through here, so they fail the same way.
 */
export async function callCarrier<T>(
  carrier: CarrierEndpoint,
  method: 'GET' | 'POST',
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
): Promise<T> {
  const url = new URL(path, carrier.baseUrl);
  let answer: ExchangeAnswer;
  try {
    const request = {
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method,
      headers: body === undefined ? [] : ['content-type', 'application/json'],
      body: body === undefined ? undefined : JSON.stringify(body),
    };
    answer = await exchange(carrierConnections, request, carrier.timeoutMs, true);
  } catch (err) {
    const timedOut = err instanceof ExchangeTimeout;
    throw new CarrierCallError(
      `carrier ${method} ${path}: ${timedOut ? `no answer within ${carrier.timeoutMs} ms` : (err as Error).message}`,
      null,
      null,
    );
  }
  const { status, text } = answer;
  const json = parseJson(text);
  if (status < 200 || status > 299) {
    const error = json as { code?: unknown; message?: unknown } | undefined;
    const code = typeof error?.code === 'string' ? error.code : null;
    throw new CarrierCallError(
      `carrier ${method} ${path} answered ${status}${code ? ` ${code}` : ''}: ${typeof error?.message === 'string' ? error.message : text.slice(0, 200)}`,
      status,
      code,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new CarrierCallError(
      `carrier ${method} ${path} answered a body outside the carrier contract: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      status,
      null,
    );
  }
  return parsed.data;
}

/**
 * Keep-alive connections to the carrier, shared by every call of the process. Not fetch: the platform
 * polls the carrier for every order it places, and fetch's web streams cost several times the CPU per call.
 */
const carrierConnections = new Agent({ connections: 64 });

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
