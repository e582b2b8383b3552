import type { FieldViolation, RoutingSettingsPatch } from '@did/contracts';
import type { StoredSettings } from '../numbers/routing-state';

const COLUMNS: Record<keyof RoutingSettingsPatch, keyof StoredSettings> = {
  cnam_display_name: 'cnamDisplayName',
  cnam_lookup_enabled: 'cnamLookupEnabled',
  caller_id: 'callerId',
  tech_prefix_enabled: 'techPrefixEnabled',
  inbound_call_screening: 'inboundCallScreening',
  messaging_enabled: 'messagingEnabled',
  recording: 'recording',
  max_channels: 'maxChannels',
  voice_destination: 'voiceDestination',
  sms_routing: 'smsRouting',
};

/** The settings after `patch` (only the fields sent change), and which of them actually changed value. */
export function applyPatch(
  current: StoredSettings,
  patch: RoutingSettingsPatch,
  now: Date,
): { next: StoredSettings; changed: (keyof RoutingSettingsPatch)[] } {
  const next: StoredSettings = { ...current, updatedAt: now };
  const changed: (keyof RoutingSettingsPatch)[] = [];
  for (const key of Object.keys(patch) as (keyof RoutingSettingsPatch)[]) {
    const value = patch[key];
    if (value === undefined) continue;
    const column = COLUMNS[key];
    if (JSON.stringify(current[column]) !== JSON.stringify(value)) changed.push(key);
    (next as unknown as Record<string, unknown>)[column] = value;
  }
  return { next, changed };
}

/** What the semantic checks need to know beyond the settings. */
export interface RuleContext {
  e164: string;
  planMaxChannels: number;
  /** True when `caller_id` is an active number of the same account. */
  callerIdOwned: boolean;
  /** False when the carrier gives the number no SMS capability (see {@link canText}). */
  smsCapable: boolean;
}

/**
 * Whether a number may have messaging on: the carrier lists `sms` among its capabilities. A number
 * projected before routing kept capabilities (null) is given the benefit of the doubt rather than
 * locked out of settings it may already use.
 */
export function canText(capabilities: readonly string[] | null): boolean {
  return capabilities === null || capabilities.includes('sms');
}

/** Checks a zod-valid patch cannot express: the plan's channel limit, caller ID ownership, loops, messaging needing SMS capability, SMS needing messaging. */
export function settingsViolations(
  next: StoredSettings,
  patch: RoutingSettingsPatch,
  ctx: RuleContext,
): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (patch.max_channels != null && patch.max_channels > ctx.planMaxChannels) {
    violations.push({
      field: 'max_channels',
      rule: `max:${ctx.planMaxChannels}`,
      message: `the plan allows at most ${ctx.planMaxChannels} simultaneous calls per number`,
    });
  }
  if (patch.caller_id != null && patch.caller_id !== ctx.e164 && !ctx.callerIdOwned) {
    violations.push({
      field: 'caller_id',
      rule: 'owned_active_number',
      message: 'must be this number or another active number of the same account',
    });
  }
  if (patch.voice_destination?.type === 'forward' && patch.voice_destination.target === ctx.e164) {
    violations.push({
      field: 'voice_destination.target',
      rule: 'not_self',
      message: 'a number cannot forward its calls to itself',
    });
  }
  if (patch.messaging_enabled === true && !ctx.smsCapable) {
    violations.push({
      field: 'messaging_enabled',
      rule: 'requires_sms_capability',
      message: 'this number has no SMS capability, so messaging cannot be enabled on it',
    });
  }
  if (
    next.smsRouting?.enabled &&
    !next.messagingEnabled &&
    (patch.sms_routing !== undefined || patch.messaging_enabled !== undefined)
  ) {
    violations.push({
      field: patch.sms_routing !== undefined ? 'sms_routing.enabled' : 'messaging_enabled',
      rule: 'requires_messaging_enabled',
      message: 'SMS routing needs messaging_enabled: true',
    });
  }
  return violations;
}
