import {
  DEFAULT_UNCONFIGURED_ANNOUNCEMENT,
  NumberSettings,
  SmsRouting,
  TenantDefaults,
  UnconfiguredAction,
} from '@did/contracts';
import type { RoutingState, StoredDefaults, StoredSettings } from '../numbers/routing-state';

/** What an account has before it changes anything (max_channels from configuration). */
export function platformDefaults(maxChannels: number): StoredDefaults {
  return {
    cnamDisplayName: null,
    unconfiguredNumber: { action: UnconfiguredAction.Announcement, message: DEFAULT_UNCONFIGURED_ANNOUNCEMENT },
    recording: false,
    maxChannels,
    updatedAt: new Date(0),
  };
}

export const NO_SMS_ROUTING: SmsRouting = { enabled: false, inbox_type: null, inbox: null, destinations: [] };

/** A number nobody configured: everything off, every inheriting field inheriting. */
export function blankSettings(now: Date): StoredSettings {
  return {
    cnamDisplayName: null,
    cnamLookupEnabled: false,
    callerId: null,
    techPrefixEnabled: false,
    inboundCallScreening: 'disabled',
    messagingEnabled: false,
    recording: null,
    maxChannels: null,
    voiceDestination: null,
    smsRouting: null,
    updatedAt: now,
  };
}

/** The values resolve uses: the number's own, else its account's default, else the platform's. */
export function effectiveOf(state: RoutingState, settings: StoredSettings | null, platform: StoredDefaults) {
  const defaults = state.defaults ?? platform;
  const callerId = settings?.callerId && state.callerIdValid ? settings.callerId : state.e164;
  return {
    cnam_display_name: settings?.cnamDisplayName ?? defaults.cnamDisplayName,
    caller_id: callerId,
    recording: settings?.recording ?? defaults.recording,
    max_channels: settings?.maxChannels ?? defaults.maxChannels,
    configured: !!settings?.voiceDestination,
  };
}

/** Routing's part of the PhoneNumber resource. `settings` overrides the stored ones (a validated patch not yet written). */
export function presentSettings(
  state: RoutingState,
  platform: StoredDefaults,
  settings: StoredSettings | null = state.settings,
): NumberSettings {
  return {
    record_type: 'number_settings',
    number_id: state.numberId,
    phone_number: state.e164,
    cnam_display_name: settings?.cnamDisplayName ?? null,
    cnam_lookup_enabled: settings?.cnamLookupEnabled ?? false,
    caller_id: settings?.callerId ?? null,
    tech_prefix_enabled: settings?.techPrefixEnabled ?? false,
    inbound_call_screening: settings?.inboundCallScreening ?? 'disabled',
    messaging_enabled: settings?.messagingEnabled ?? false,
    recording: settings?.recording ?? null,
    max_channels: settings?.maxChannels ?? null,
    voice_destination: settings?.voiceDestination ?? null,
    sms_routing: settings?.smsRouting ?? NO_SMS_ROUTING,
    effective: effectiveOf(state, settings, platform),
    updated_at: settings ? settings.updatedAt.toISOString() : null,
  };
}

/** An account's defaults as `GET /v1/accounts/{id}/defaults` shows them. */
export function presentDefaults(
  accountId: string,
  stored: StoredDefaults | null,
  platform: StoredDefaults,
): TenantDefaults {
  const d = stored ?? platform;
  return {
    record_type: 'account_defaults',
    account_id: accountId,
    cnam_display_name: d.cnamDisplayName,
    unconfigured_number: d.unconfiguredNumber,
    recording: d.recording,
    max_channels: d.maxChannels,
    updated_at: stored ? stored.updatedAt.toISOString() : null,
  };
}
