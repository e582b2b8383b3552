import type { NatsAuth } from './nats-connection';

/** What the messaging layer of one service needs to know. */
export interface MessagingOptions {
  /** This service's name: its NATS queue group and the `producer` of its events. */
  service: string;
  natsUrl: string;
  /** Credentials and TLS (none by default). */
  natsAuth?: NatsAuth;
  /** Deployment prefix of every subject and stream (see `rpcSubject` in contracts). */
  prefix: string;
  rpcTimeoutMs: number;
}

/** Injection tokens of the messaging layer. */
export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
