/** Every service of the platform; each name is also its NATS queue group and (with `_` for `-`) its database schema. */
export const ServiceName = {
  Gateway: 'gateway',
  Inventory: 'inventory',
  Ordering: 'ordering',
  Porting: 'porting',
  Routing: 'routing',
  Notifications: 'notifications',
  Usage: 'usage',
  CarrierSandbox: 'carrier-sandbox',
  VoiceEdgeSandbox: 'voice-edge-sandbox',
} as const;
export type ServiceName = (typeof ServiceName)[keyof typeof ServiceName];
export const SERVICE_NAMES = Object.values(ServiceName);

/** Services that answer over NATS request/reply (the gateway and carrier sandbox are reached over HTTP). */
export const NATS_SERVICES = [
  ServiceName.Inventory,
  ServiceName.Ordering,
  ServiceName.Porting,
  ServiceName.Routing,
  ServiceName.Notifications,
  ServiceName.Usage,
] as const;

export const AccountType = { Partner: 'partner', Tenant: 'tenant' } as const;
export type AccountType = (typeof AccountType)[keyof typeof AccountType];

export const AccountStatus = { Active: 'active', Suspended: 'suspended' } as const;
export type AccountStatus = (typeof AccountStatus)[keyof typeof AccountStatus];

/** ISO 4217 currencies the platform bills in; an account buys in its own currency (no FX). */
export const Currency = { USD: 'USD', GBP: 'GBP', INR: 'INR', CAD: 'CAD' } as const;
export type Currency = (typeof Currency)[keyof typeof Currency];
export const CURRENCIES = Object.values(Currency) as [Currency, ...Currency[]];
