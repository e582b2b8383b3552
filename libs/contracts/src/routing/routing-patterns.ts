import { z } from 'zod';

/**
 * Request/reply patterns of the routing service. WARNING: subjects callers depend on (the gateway,
 * the voice edge); renaming one breaks every caller that is not redeployed with it.
 */
export const RoutingPatterns = {
  /** Settings of many numbers at once (the composed number list); numbers the caller may not see are left out. */
  SettingsGetMany: 'routing.settings.get_many',
  /** Every semantic check of a settings patch, no writes (the gateway's composed PATCH validates every owner first). */
  SettingsValidate: 'routing.settings.validate',
  /** Validates again and writes; emits number.routing_updated with the changed fields. */
  SettingsApply: 'routing.settings.apply',
  DefaultsGet: 'routing.defaults.get',
  DefaultsSet: 'routing.defaults.set',
  EmergencyAddressCreate: 'routing.emergency_addresses.create',
  EmergencyAddressList: 'routing.emergency_addresses.list',
  EmergencyAddressGet: 'routing.emergency_addresses.get',
  EmergencyAddressDelete: 'routing.emergency_addresses.delete',
  NumberEmergencyGet: 'routing.number_emergency.get',
  NumberEmergencySet: 'routing.number_emergency.set',
  NumberEmergencyClear: 'routing.number_emergency.clear',
  ComplianceGet: 'routing.compliance.get',
  ComplianceSet: 'routing.compliance.set',
  /** The voice edge's question for every call: served from memory. */
  Resolve: 'routing.resolve',
  /** The messaging edge's question for every message: where it goes and whether the number may text. Served from memory. */
  ResolveMessage: 'routing.resolve_message',
} as const;

/**
 * Who asks: the acting account (a partner acting with Account-Id is its tenant) and that account's
 * partner. Routing lets the number's owner, the owner's partner and its assigned tenant through.
 */
export const RoutingCallerSchema = z.object({
  account_id: z.string().min(1),
  partner_id: z.string().min(1).nullable(),
});
export type RoutingCaller = z.infer<typeof RoutingCallerSchema>;

/**
 * Core NATS subject on which every routing replica announces what its writes (and the inventory
 * events it consumed) changed, so all replicas drop those resolve cache entries. WARNING: replicas
 * of different versions must agree on it.
 */
export function routingCacheSubject(prefix: string): string {
  return `${prefix}.routing.cache.invalidate`;
}

/** What a cache invalidation names: numbers by E.164 or id, accounts (their defaults or numbers changed), or everything. */
export const CacheInvalidationSchema = z.object({
  e164s: z.array(z.string()).default([]),
  number_ids: z.array(z.string()).default([]),
  account_ids: z.array(z.string()).default([]),
  all: z.boolean().default(false),
});
export type CacheInvalidation = z.input<typeof CacheInvalidationSchema>;
