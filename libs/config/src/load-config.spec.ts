import { z } from 'zod';
import { BaseConfigSchema, ConfigError, loadConfig, readEnv } from './load-config';

function captureError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error to be thrown');
}

describe('loadConfig', () => {
  it('applies every default when the environment is empty', () => {
    expect(loadConfig(BaseConfigSchema, {})).toEqual({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/did_platform',
      DATABASE_POOL_MAX: 10,
      OUTBOX_RETENTION_DAYS: 7,
      MESSAGING_PURGE_INTERVAL_MS: 3_600_000,
      NATS_URL: 'nats://127.0.0.1:4222',
      NATS_PREFIX: 'did',
      RPC_TIMEOUT_MS: 5_000,
      LOG_LEVEL: 'log',
      LOG_FORMAT: 'json',
      OUTBOX_POLL_MS: 500,
      EVENTS_DUPLICATE_WINDOW_S: 600,
      NATS_STREAM_REPLICAS: 1,
      OPS_PORT: 0,
    });
  });

  it('treats an empty-string variable as unset so its default applies', () => {
    const config = loadConfig(BaseConfigSchema, { NATS_PREFIX: '', RPC_TIMEOUT_MS: '', LOG_LEVEL: '' });
    expect(config.NATS_PREFIX).toBe('did');
    expect(config.RPC_TIMEOUT_MS).toBe(5_000);
    expect(config.LOG_LEVEL).toBe('log');
  });

  it('treats an undefined variable as unset so its default applies', () => {
    expect(loadConfig(BaseConfigSchema, { NATS_URL: undefined }).NATS_URL).toBe('nats://127.0.0.1:4222');
  });

  it('uses values that are set', () => {
    const config = loadConfig(BaseConfigSchema, {
      NATS_PREFIX: 't0abc',
      LOG_LEVEL: 'debug',
      NATS_URL: 'nats://nats:4222',
    });
    expect(config).toMatchObject({ NATS_PREFIX: 't0abc', LOG_LEVEL: 'debug', NATS_URL: 'nats://nats:4222' });
  });

  it('coerces numeric variables from strings to numbers', () => {
    const config = loadConfig(BaseConfigSchema, {
      RPC_TIMEOUT_MS: '250',
      OUTBOX_POLL_MS: '10',
      EVENTS_DUPLICATE_WINDOW_S: '86400',
    });
    expect(config.RPC_TIMEOUT_MS).toBe(250);
    expect(config.OUTBOX_POLL_MS).toBe(10);
    expect(config.EVENTS_DUPLICATE_WINDOW_S).toBe(86_400);
  });

  it('drops variables the schema does not know', () => {
    const config = loadConfig(BaseConfigSchema, { HOME: '/root', PATH: '/usr/bin' }) as Record<string, unknown>;
    expect(config).not.toHaveProperty('HOME');
    expect(config).not.toHaveProperty('PATH');
  });

  it('throws a ConfigError naming NATS_PREFIX when it starts with a digit', () => {
    const error = captureError(() => loadConfig(BaseConfigSchema, { NATS_PREFIX: '1bad' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('NATS_PREFIX');
  });

  it('throws a ConfigError naming RPC_TIMEOUT_MS when it is not a number', () => {
    const error = captureError(() => loadConfig(BaseConfigSchema, { RPC_TIMEOUT_MS: 'abc' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('RPC_TIMEOUT_MS');
  });

  it('throws a ConfigError when a number is out of range', () => {
    const error = captureError(() => loadConfig(BaseConfigSchema, { RPC_TIMEOUT_MS: '49' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('RPC_TIMEOUT_MS');
  });

  it('throws a ConfigError when a number is not an integer', () => {
    expect(() => loadConfig(BaseConfigSchema, { OUTBOX_POLL_MS: '10.5' })).toThrow(ConfigError);
  });

  it('throws a ConfigError naming LOG_LEVEL when it is not a known level', () => {
    expect(() => loadConfig(BaseConfigSchema, { LOG_LEVEL: 'trace' })).toThrow(/LOG_LEVEL/);
  });

  it('refuses a DATABASE_POOL_MAX of 0, naming it', () => {
    expect(() => loadConfig(BaseConfigSchema, { DATABASE_POOL_MAX: '0' })).toThrow(/DATABASE_POOL_MAX/);
  });

  it('throws a ConfigError naming DATABASE_URL when it is not a URL', () => {
    expect(() => loadConfig(BaseConfigSchema, { DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });

  it('names every bad variable in one message', () => {
    const error = captureError(() =>
      loadConfig(BaseConfigSchema, { NATS_PREFIX: '1bad', RPC_TIMEOUT_MS: 'abc' }),
    ) as ConfigError;
    expect(error.message).toContain('NATS_PREFIX');
    expect(error.message).toContain('RPC_TIMEOUT_MS');
  });

  it('gives the error the name ConfigError', () => {
    const error = captureError(() => loadConfig(BaseConfigSchema, { NATS_PREFIX: '1bad' })) as ConfigError;
    expect(error.name).toBe('ConfigError');
    expect(error).toBeInstanceOf(Error);
  });

  it('validates an extended schema, including its own required variables', () => {
    const Schema = BaseConfigSchema.extend({ PORT: z.coerce.number().int() });
    expect(() => loadConfig(Schema, {})).toThrow(/PORT/);
    expect(loadConfig(Schema, { PORT: '8080' }).PORT).toBe(8080);
  });
});

describe('loadConfig: NATS replicas, credentials and TLS', () => {
  it("reads a cluster's replica count", () => {
    expect(loadConfig(BaseConfigSchema, { NATS_STREAM_REPLICAS: '3' }).NATS_STREAM_REPLICAS).toBe(3);
  });

  it('refuses a replica count JetStream does not have, naming NATS_STREAM_REPLICAS', () => {
    expect(() => loadConfig(BaseConfigSchema, { NATS_STREAM_REPLICAS: '0' })).toThrow(/NATS_STREAM_REPLICAS/);
    expect(() => loadConfig(BaseConfigSchema, { NATS_STREAM_REPLICAS: '7' })).toThrow(/NATS_STREAM_REPLICAS/);
  });

  it('takes a creds file, a user and password, or a token, and the TLS files', () => {
    const tls = {
      NATS_TLS_CA_FILE: '/etc/nats/ca.pem',
      NATS_TLS_CERT_FILE: '/etc/nats/client.pem',
      NATS_TLS_KEY_FILE: '/etc/nats/client-key.pem',
    };
    expect(loadConfig(BaseConfigSchema, { NATS_CREDS_FILE: '/etc/nats/did.creds', ...tls })).toMatchObject({
      NATS_CREDS_FILE: '/etc/nats/did.creds',
      ...tls,
    });
    expect(loadConfig(BaseConfigSchema, { NATS_USER: 'did', NATS_PASSWORD: 's3cret' })).toMatchObject({
      NATS_USER: 'did',
      NATS_PASSWORD: 's3cret',
    });
    expect(loadConfig(BaseConfigSchema, { NATS_TOKEN: 't0ken' }).NATS_TOKEN).toBe('t0ken');
  });

  it('refuses two ways of authenticating at once, naming both', () => {
    const error = captureError(() =>
      loadConfig(BaseConfigSchema, { NATS_CREDS_FILE: '/etc/nats/did.creds', NATS_TOKEN: 't0ken' }),
    ) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('NATS_CREDS_FILE');
    expect(error.message).toContain('NATS_TOKEN');
  });

  it('refuses a user without a password', () => {
    expect(() => loadConfig(BaseConfigSchema, { NATS_USER: 'did' })).toThrow(/NATS_USER and NATS_PASSWORD/);
  });

  it('refuses a client certificate without its key', () => {
    expect(() => loadConfig(BaseConfigSchema, { NATS_TLS_CERT_FILE: '/etc/nats/client.pem' })).toThrow(
      /NATS_TLS_CERT_FILE and NATS_TLS_KEY_FILE/,
    );
  });

  it('checks the NATS settings of an extended schema too', () => {
    const Schema = BaseConfigSchema.extend({ PORT: z.coerce.number().int().default(80) });
    expect(() => loadConfig(Schema, { NATS_PASSWORD: 'alone' })).toThrow(/NATS_USER and NATS_PASSWORD/);
  });
});

describe('readEnv', () => {
  it('returns the value of a set variable', () => {
    expect(readEnv('FOO', { FOO: 'bar' })).toBe('bar');
  });

  it('returns undefined for an empty variable', () => {
    expect(readEnv('FOO', { FOO: '' })).toBeUndefined();
  });

  it('returns undefined for a missing variable', () => {
    expect(readEnv('FOO', {})).toBeUndefined();
  });
});
