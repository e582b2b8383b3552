import fs from 'node:fs';
import { connect, ConnectionOptions, credsAuthenticator, NatsConnection } from 'nats';

/** Credentials and TLS of a NATS connection (BaseConfig's NATS_* settings, see natsAuthFromConfig in @did/runtime). */
export interface NatsAuth {
  /** A `.creds` file (user JWT and nkey seed), as `nsc` writes them. */
  credsFile?: string;
  user?: string;
  password?: string;
  token?: string;
  /** PEM files: the CA of the servers' certificates; a client certificate and key for mutual TLS. */
  tlsCaFile?: string;
  tlsCertFile?: string;
  tlsKeyFile?: string;
}

/**
 * The options every NATS connection of a service shares: the servers of NATS_URL (a comma-separated
 * list: the client fails over between a cluster's nodes), credentials and TLS. A creds file that cannot
 * be read fails here, at boot, naming the file.
 */
export function natsConnectionOptions(url: string, auth: NatsAuth = {}): ConnectionOptions {
  const options: ConnectionOptions = {
    servers: url
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
  if (auth.credsFile) options.authenticator = credsAuthenticator(readFile(auth.credsFile, 'NATS_CREDS_FILE'));
  if (auth.user) Object.assign(options, { user: auth.user, pass: auth.password });
  if (auth.token) options.token = auth.token;
  if (auth.tlsCaFile || auth.tlsCertFile) {
    options.tls = {
      ...(auth.tlsCaFile ? { caFile: auth.tlsCaFile } : {}),
      ...(auth.tlsCertFile ? { certFile: auth.tlsCertFile, keyFile: auth.tlsKeyFile } : {}),
    };
  }
  return options;
}

function readFile(file: string, setting: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (err) {
    throw new Error(`${setting}=${file} cannot be read: ${(err as Error).message}`);
  }
}

/**
 * Opens a NATS connection that keeps reconnecting forever: a NATS restart must not take services down.
 * The first connect fails fast, so a service started without NATS says so instead of hanging.
 */
export async function connectNats(url: string, name: string, auth: NatsAuth = {}): Promise<NatsConnection> {
  const options = natsConnectionOptions(url, auth);
  try {
    return await connect({ ...options, name, maxReconnectAttempts: -1, reconnectTimeWait: 500, timeout: 3_000 });
  } catch (err) {
    throw new Error(
      `Cannot connect to NATS at ${url} (${(err as Error).message}). Start nats-server with JetStream (-js) or set NATS_URL (and NATS_CREDS_FILE, NATS_USER/NATS_PASSWORD or NATS_TOKEN, NATS_TLS_* if it asks for them).`,
    );
  }
}
