import { lookup } from 'node:dns/promises';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a hostname to every address; a seam so tests can play DNS rebinding. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Injection token of the {@link HostResolver}. */
export const HOST_RESOLVER = Symbol('HOST_RESOLVER');

/** The system resolver (getaddrinfo, as the HTTP client would use), every address. */
export const dnsResolver: HostResolver = (hostname) => lookup(hostname, { all: true, verbatim: true });
