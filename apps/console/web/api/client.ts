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

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined | null>;
  body?: unknown;
  /** Sent as the Idempotency-Key header: keep the same key when retrying the same intent. */
  idempotencyKey?: string;
  /** A raw body (a file upload) with its content type, instead of JSON. */
  raw?: { data: Blob; contentType: string };
  /** A multipart/form-data body (a file upload); the browser sets the boundary. */
  form?: FormData;
}

/** A fresh Idempotency-Key ([A-Za-z0-9_:-], at most 255). */
export function newIdempotencyKey(purpose: string): string {
  return `console-${purpose}-${crypto.randomUUID()}`;
}

export function queryString(query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The public API on this origin, with the signed-in key and, for a partner acting on a tenant, the
 * Account-Id header. Every failure becomes an ApiError carrying the API's own code and detail.
 */
export class Api {
  constructor(
    private readonly key: string,
    readonly actingAccountId: string | null,
    private readonly base = '/v1',
  ) {}

  /** The same key acting on another account (Account-Id): a partner managing one of its tenants. */
  as(accountId: string): Api {
    return new Api(this.key, accountId, this.base);
  }

  get<T>(path: string, query?: RequestOptions['query']): Promise<T> {
    return this.request<T>('GET', path, { query });
  }

  /** A GET answered in another format (e.g. `text/csv`), as a Blob to save; errors as for JSON. */
  async download(path: string, query: RequestOptions['query'], accept: string): Promise<Blob> {
    const res = await this.send('GET', path, { query }, accept);
    if (!res.ok) throw await problemOf(res);
    return res.blob();
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const res = await this.send(method, path, options, 'application/json, application/problem+json');
    if (!res.ok) throw await problemOf(res);
    const text = await res.text();
    try {
      return (text ? JSON.parse(text) : undefined) as T;
    } catch {
      return undefined as T;
    }
  }

  private async send(method: string, path: string, options: RequestOptions, accept: string): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.key}`, accept };
    if (this.actingAccountId) headers['account-id'] = this.actingAccountId;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    let body: BodyInit | undefined;
    if (options.form) {
      body = options.form;
    } else if (options.raw) {
      headers['content-type'] = options.raw.contentType;
      body = options.raw.data;
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    try {
      return await fetch(`${this.base}${path}${queryString(options.query)}`, { method, headers, body });
    } catch (err) {
      throw new ApiError({ status: 0, code: 'network_error', detail: `The API could not be reached (${(err as Error).message}). Check your connection and retry.` });
    }
  }
}

/** The API's problem+json of a failed response (or what can be made of another body). */
async function problemOf(res: Response): Promise<ApiError> {
  const text = await res.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  const p = (parsed ?? {}) as Partial<Problem>;
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
