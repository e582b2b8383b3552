import { startTestHttpService } from '@did/service-testing';
import { createTestWorld, TestWorld } from '@did/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../src/app.module';
import { loadCarrierSandboxConfig } from '../src/config';

/** A running sandbox on its own database and NATS prefix, with JSON helpers for its HTTP API. */
export interface Sandbox {
  world: TestWorld;
  app: NestFastifyApplication;
  baseUrl: string;
  get(path: string): Promise<{ status: number; body: any; headers: Headers }>;
  send(method: string, path: string, body: unknown): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

export async function startSandbox(env: Record<string, string> = {}, world?: TestWorld): Promise<Sandbox> {
  const ownWorld = !world;
  const w = world ?? (await createTestWorld());
  const { app, baseUrl } = await startTestHttpService(AppModule.forRoot(w.configFor(loadCarrierSandboxConfig, env)));
  const parse = async (res: Response) => {
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
  };
  return {
    world: w,
    app,
    baseUrl,
    get: async (path) => parse(await fetch(baseUrl + path)),
    send: async (method, path, body) =>
      parse(
        await fetch(baseUrl + path, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      ),
    close: async () => {
      await app.close();
      if (ownWorld) await w.cleanup();
    },
  };
}

/** The lines of an NDJSON feed response, parsed. */
export async function feedLines(baseUrl: string, query: string): Promise<any[]> {
  const res = await fetch(`${baseUrl}/v1/inventory/feed?${query}`);
  if (res.status !== 200) throw new Error(`feed answered ${res.status}: ${await res.text()}`);
  const text = await res.text();
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line));
}
