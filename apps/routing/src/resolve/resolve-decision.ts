import { ResolveAction, ResolveReply, ResolveRequest, ScreeningDecision, UnconfiguredAction } from '@did/contracts';
import type { RoutingState, StoredDefaults } from '../numbers/routing-state';
import { effectiveOf } from '../settings/effective-settings';

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Routing has no caller reputation data yet, so "suspicious" is what a SIP proxy can tell by itself:
 * no usable calling number (missing, anonymous, not E.164) or our own number calling itself (spoofed).
 */
export function isSuspicious(request: ResolveRequest): boolean {
  return !request.from || !E164.test(request.from) || request.from === request.to;
}

/** The answer for one call to a live number: pure, so the hot path is memory and this function. */
export function decide(state: RoutingState, request: ResolveRequest, platform: StoredDefaults): ResolveReply {
  const settings = state.settings;
  const defaults = state.defaults ?? platform;
  const effective = effectiveOf(state, settings, platform);
  const mode = settings?.inboundCallScreening ?? 'disabled';
  const suspicious = mode !== 'disabled' && isSuspicious(request);
  const screening = {
    mode,
    decision: !suspicious
      ? ScreeningDecision.Allow
      : mode === 'reject_calls'
        ? ScreeningDecision.Reject
        : ScreeningDecision.Flag,
  };

  let action: ResolveReply['action'] = ResolveAction.Route;
  let reason: string | null = null;
  let destination = settings?.voiceDestination ?? null;
  let announcement: string | null = null;
  if (!destination) {
    const fallback = defaults.unconfiguredNumber;
    if (fallback.action === UnconfiguredAction.Route) destination = fallback.destination;
    else if (fallback.action === UnconfiguredAction.Announcement) {
      action = ResolveAction.Announcement;
      announcement = fallback.message;
      reason = 'number_not_configured';
    } else {
      action = ResolveAction.Reject;
      reason = 'number_not_configured';
    }
  }
  if (screening.decision === ScreeningDecision.Reject) {
    action = ResolveAction.Reject;
    reason = 'call_screened';
  }
  // Usage is charged in arrears: while the payer owes what its balance could not cover, it takes no new calls (911 below still goes through).
  if (state.owesUsage) {
    action = ResolveAction.Reject;
    reason = 'balance_owed';
    destination = null;
    announcement = null;
  }

  let emergency: ResolveReply['emergency'] = null;
  if (request.emergency) {
    const status = state.emergency?.status ?? 'disabled';
    const covered = status === 'active';
    emergency = {
      covered,
      status,
      emergency_address_id: covered ? (state.emergency?.addressId ?? null) : null,
      address: covered ? (state.emergency?.addressLine ?? null) : null,
    };
    // An emergency call is never screened or sent to the number's own destination: it goes to 911 with the address, or is refused.
    action = covered ? ResolveAction.Route : ResolveAction.Reject;
    reason = covered ? null : 'emergency_not_covered';
    destination = null;
    announcement = null;
  }

  return {
    number_id: state.numberId,
    phone_number: state.e164,
    owner_account_id: state.ownerAccountId,
    tenant_account_id: state.tenantAccountId,
    action,
    reason,
    destination,
    announcement,
    configured: effective.configured,
    caller_id: effective.caller_id,
    cnam: effective.cnam_display_name,
    cnam_lookup_enabled: settings?.cnamLookupEnabled ?? false,
    tech_prefix_enabled: settings?.techPrefixEnabled ?? false,
    recording: effective.recording,
    max_channels: effective.max_channels,
    messaging_enabled: settings?.messagingEnabled ?? false,
    screening,
    emergency,
  };
}
