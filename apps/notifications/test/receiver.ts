import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** What the receiver answers for one request; `hold` keeps the request open until released. */
export interface Answer {
  status: number;
  headers?: Record<string, string>;
  hold?: Promise<void>;
}

/** A real node:http webhook receiver that records every request and answers as each path's script says. */
export class Receiver {
  readonly received: Received[] = [];
  private readonly scripts = new Map<string, (n: number) => Answer>();
  private server!: http.Server;
  baseUrl = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const path = req.url ?? '/';
        const entry = {
          path,
          headers: req.headers as Record<string, string>,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        this.received.push(entry);
        const n = this.received.filter((r) => r.path === path).length;
        const answer: Answer = (this.scripts.get(path) ?? (() => ({ status: 204 })))(n);
        await answer.hold;
        res.writeHead(answer.status, answer.headers).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** `script(n)` answers the n-th request (1-based) to `path`. */
  on(path: string, script: (n: number) => Answer): string {
    this.scripts.set(path, script);
    return this.baseUrl + path;
  }

  at(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
