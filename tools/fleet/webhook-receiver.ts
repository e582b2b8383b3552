import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
  path: string;
  webhookId: string;
  /** The `id` inside the signed body: must equal the webhook-id header on every attempt. */
  eventId: string;
  status: number;
}

/**
 * The partners' webhook endpoints: one loopback HTTP server recording every request. It turns away the
 * first attempt at every `failEvery`-th event with a 503, so retries (and their webhook-id) are part of
 * every run, not only of the attempts a killed notifications replica left half-done.
 */
export class WebhookReceiver {
  readonly deliveries: Delivery[] = [];
  private readonly seen = new Set<string>();
  private server!: http.Server;
  private count = 0;
  baseUrl = '';

  constructor(private readonly failEvery = 5) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const webhookId = String(req.headers['webhook-id'] ?? '');
        let eventId = '';
        try {
          eventId = String(JSON.parse(Buffer.concat(chunks).toString('utf8')).id ?? '');
        } catch {
          // Recorded with no event id: the webhook-id check reports it.
        }
        const first = !this.seen.has(webhookId);
        this.seen.add(webhookId);
        const status = first && ++this.count % this.failEvery === 0 ? 503 : 204;
        this.deliveries.push({ path: req.url ?? '/', webhookId, eventId, status });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Accepted deliveries (2xx) at `path`, by webhook-id. */
  acceptedAt(path: string): Set<string> {
    return new Set(this.deliveries.filter((d) => d.path === path && d.status < 300).map((d) => d.webhookId));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
