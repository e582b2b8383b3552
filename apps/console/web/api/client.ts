import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './generated/openapi';

/** A problem+json answer (RFC 9457) as the API sends it, or one made up for a network failure. */
export interface Problem {
  status: number;
  code: string;
  detail: string;
  title?: string;
  errors?: { field: string; rule: string; message: string }[];
  error_id?: string;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

/** The typed client of the public API: paths, parameters, bodies and answers from docs/openapi.json. */
export type ApiClient = Client<paths>;

/** A fresh Idempotency-Key ([A-Za-z0-9_:-], at most 255). */
export function newIdempotencyKey(purpose: string): string {
  return `console-${purpose}-${crypto.randomUUID()}`;
}

/** Query parameters for the few calls made outside the typed client (CSV downloads). */
export type Query = Record<string, string | number | boolean | undefined | null>;

export function queryString(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

const networkError = (err: unknown) =>
  new ApiError({
    status: 0,
    code: 'network_error',
    detail: `The API could not be reached (${err instanceof Error ? err.message : String(err)}). Check your connection and retry.`,
  });

/**
 * The answer of a typed call, or an ApiError with the API's own code and detail. Every call goes through it:
 * `await ok(api.client.GET('/v1/balance'))`.
 */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (err) {
    throw networkError(err);
  }
  if (!result.response.ok) throw problemOf(result.response, result.error);
  return result.data as T;
}

/**
 * The public API on this origin, with the signed-in key and, for a partner acting on a tenant, the
 * Account-Id header. `client` is generated from the OpenAPI document (openapi-fetch); `download` and `upload`
 * carry the two bodies that are not JSON (CSV exports, multipart files).
 */
export class Api {
  readonly client: ApiClient;

  constructor(
    private readonly key: string,
    readonly actingAccountId: string | null,
  ) {
    // Empty filters ('' from a form's "any") are left out, as the API wants them absent rather than blank.
    const querySerializer = (query: unknown) => queryString(query as Query).slice(1);
    this.client = createClient<paths>({
      baseUrl: globalThis.location?.origin ?? '',
      headers: this.headers('application/json, application/problem+json'),
      querySerializer,
    });
  }

  /** The same key acting on another account (Account-Id): a partner managing one of its tenants. */
  as(accountId: string): Api {
    return new Api(this.key, accountId);
  }

  /** A GET answered in another format (e.g. `text/csv`), as a Blob to save; errors as for JSON. */
  async download(path: keyof paths, query: Query, accept: string): Promise<Blob> {
    const res = await this.fetch('GET', path + queryString(query), accept);
    if (!res.ok) throw problemOf(res, parsed(await res.text()));
    return res.blob();
  }

  /** A multipart/form-data POST (a file upload); the browser sets the boundary. */
  async upload<T>(path: keyof paths, form: FormData): Promise<T> {
    const res = await this.fetch('POST', path, 'application/json, application/problem+json', form);
    const body = parsed(await res.text());
    if (!res.ok) throw problemOf(res, body);
    return body as T;
  }

  private headers(accept: string): Record<string, string> {
    return {
      authorization: `Bearer ${this.key}`,
      accept,
      ...(this.actingAccountId ? { 'account-id': this.actingAccountId } : {}),
    };
  }

  private async fetch(method: string, path: string, accept: string, body?: FormData): Promise<Response> {
    try {
      return await fetch(path, { method, headers: this.headers(accept), body });
    } catch (err) {
      throw networkError(err);
    }
  }
}

function parsed(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** The API's problem+json of a failed response (or what can be made of another body). */
function problemOf(res: Response, body: unknown): ApiError {
  const p = (body && typeof body === 'object' ? body : {}) as Partial<Problem>;
  const text = typeof body === 'string' ? body : '';
  return new ApiError({
    status: res.status,
    code: p.code ?? `http_${res.status}`,
    detail: p.detail ?? (text.slice(0, 300) || res.statusText),
    title: p.title,
    errors: p.errors,
    error_id: p.error_id,
  });
}

/**
 * The messages the API gave for fields under `prefix` ("markups[2]." or "query."), by the rest of the
 * field's path: fieldErrors(p, 'markups[2].').percent_basis_points.
 */
export function fieldErrors(problem: Problem | null | undefined, prefix = ''): Record<string, string> {
  const found: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    if (!e.field.startsWith(prefix)) continue;
    const name = e.field.slice(prefix.length);
    found[name] = found[name] ? `${found[name]}; ${e.message}` : e.message;
  }
  return found;
}

export function asProblem(err: unknown): Problem {
  if (err instanceof ApiError) return err.problem;
  return { status: 0, code: 'client_error', detail: err instanceof Error ? err.message : String(err) };
}
