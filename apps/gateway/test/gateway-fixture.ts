import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startTestHttpService } from '@did/service-testing';
import { createTestWorld, TestWorld } from '@did/testing';
import type { Clock } from '@did/service-kit';
import { AppModule } from '../src/app.module';
import { GatewayConfig, gatewayServerLimits, loadGatewayConfig } from '../src/config';
import { configureGateway } from '../src/http/configure-gateway';

export const OPERATOR_KEY = 'op_test_operator_key_0123456789abcdefghijkl';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export interface CallOptions {
  key?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A running gateway on its own database and NATS prefix, with a fetch-based client. */
export interface GatewayFixture {
  world: TestWorld;
  config: GatewayConfig;
  app: NestFastifyApplication;
  baseUrl: string;
  call<T = any>(method: string, path: string, options?: CallOptions): Promise<ApiResponse<T>>;
  /** Creates a partner (as the operator) and an API key for it. */
  newPartner(name?: string): Promise<{ id: string; key: string }>;
  /** Creates a tenant under `partner` and an API key for the tenant (made by the partner, with Account-Id). */
  newTenant(partner: { id: string; key: string }, name?: string): Promise<{ id: string; key: string }>;
  close(): Promise<void>;
}

/** `world` and `clock` let a test run the gateway beside other services on one world (the caller then owns the world's cleanup). */
export async function startGateway(
  extraEnv: Record<string, string> = {},
  shared: { world?: TestWorld; clock?: Clock } = {},
): Promise<GatewayFixture> {
  const world = shared.world ?? (await createTestWorld());
  const config = world.configFor(loadGatewayConfig, { OPERATOR_API_KEY: OPERATOR_KEY, ...extraEnv });
  const { app, baseUrl } = await startTestHttpService(
    AppModule.forRoot(config, { clock: shared.clock }),
    configureGateway,
    gatewayServerLimits(config),
  );

  const call: GatewayFixture['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.key) headers.authorization = `Bearer ${options.key}`;
    if (options.body !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(baseUrl + path, {
      method,
      headers,
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body),
    });
    const text = await res.text();
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    return { status: res.status, headers: res.headers, text, body: body as never };
  };

  const newApiKey = async (accountId: string, asKey: string): Promise<string> => {
    const res = await call('POST', '/v1/api-keys', {
      key: asKey,
      headers: { 'account-id': accountId },
      body: { name: 'test key' },
    });
    if (res.status !== 201) throw new Error(`api key creation failed: ${res.text}`);
    return res.body.secret;
  };

  return {
    world,
    config,
    app,
    baseUrl,
    call,
    newPartner: async (name = 'Partner') => {
      const res = await call('POST', '/v1/accounts', { key: OPERATOR_KEY, body: { name } });
      if (res.status !== 201) throw new Error(`partner creation failed: ${res.text}`);
      return { id: res.body.id, key: await newApiKey(res.body.id, OPERATOR_KEY) };
    },
    newTenant: async (partner, name = 'Tenant') => {
      const res = await call('POST', '/v1/accounts', { key: partner.key, body: { name } });
      if (res.status !== 201) throw new Error(`tenant creation failed: ${res.text}`);
      return { id: res.body.id, key: await newApiKey(res.body.id, partner.key) };
    },
    close: async () => {
      await app.close();
      if (!shared.world) await world.cleanup();
    },
  };
}
