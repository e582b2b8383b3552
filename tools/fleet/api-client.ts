/** One HTTP answer of the gateway; status 0 when no answer came (connection refused or reset). */
export interface Answer<T = unknown> {
  status: number;
  body: T;
}

export interface Call {
  key: string;
  body?: unknown;
  headers?: Record<string, string>;
}

const REQUEST_TIMEOUT_MS = 20_000;

/**
 * A client of the public API spread over the gateway replicas, as a load balancer would: each call
 * goes to the next gateway, and a retry goes to another one.
 */
export class ApiClient {
  private next = 0;

  constructor(private readonly baseUrls: string[]) {}

  async call<T = unknown>(method: string, path: string, options: Call): Promise<Answer<T>> {
    const baseUrl = this.baseUrls[this.next++ % this.baseUrls.length];
    const headers: Record<string, string> = { authorization: `Bearer ${options.key}`, ...(options.headers ?? {}) };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    try {
      const res = await fetch(baseUrl + path, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? safeJson(text) : undefined) as T };
    } catch {
      return { status: 0, body: undefined as T };
    }
  }

  /**
   * What a careful client does with an idempotency key: sends the same request again while the answer
   * says nothing about its fate (no answer, 5xx, "still in progress"), up to `attempts` times.
   * Returns every status seen and the last answer.
   */
  async callUntilAnswered<T = unknown>(
    method: string,
    path: string,
    options: Call,
    attempts = 30,
    pauseMs = 1_500,
  ): Promise<{ statuses: number[]; last: Answer<T> }> {
    const statuses: number[] = [];
    for (;;) {
      const last = await this.call<T>(method, path, options);
      statuses.push(last.status);
      if (!undecided(last) || statuses.length >= attempts) return { statuses, last };
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  }
}

/** An answer after which the request may or may not have taken effect. */
export function undecided(answer: Answer): boolean {
  return (
    answer.status === 0 ||
    answer.status >= 500 ||
    (answer.status === 409 && /in_progress/.test(String((answer.body as { code?: unknown } | undefined)?.code)))
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
