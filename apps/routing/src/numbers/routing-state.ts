import type { EntityManager } from '@mikro-orm/postgresql';
import type {
  EmergencyStatus,
  InboundCallScreening,
  SmsRouting,
  UnconfiguredBehaviour,
  VoiceDestination,
} from '@did/contracts';
import {
  ACCOUNT_DEBTS,
  ACCOUNT_DEFAULTS,
  EMERGENCY_ADDRESSES,
  NUMBER_EMERGENCY,
  NUMBER_SETTINGS,
  NUMBERS,
  sql,
} from '../db/sql';
import type { RoutedNumberStatus } from './number-projection';

/** An account's defaults as stored (null when the account never set them). */
export interface StoredDefaults {
  cnamDisplayName: string | null;
  unconfiguredNumber: UnconfiguredBehaviour;
  recording: boolean;
  maxChannels: number;
  updatedAt: Date;
}

/** A number's own settings (null when never configured). */
export interface StoredSettings {
  cnamDisplayName: string | null;
  cnamLookupEnabled: boolean;
  callerId: string | null;
  techPrefixEnabled: boolean;
  inboundCallScreening: InboundCallScreening;
  messagingEnabled: boolean;
  recording: boolean | null;
  maxChannels: number | null;
  voiceDestination: VoiceDestination | null;
  smsRouting: SmsRouting | null;
  updatedAt: Date;
}

/** Everything routing knows about one number: who has it, its settings, its account's defaults and its 911 service. */
export interface RoutingState {
  numberId: string;
  e164: string;
  status: RoutedNumberStatus;
  ownerAccountId: string;
  ownerPartnerId: string | null;
  tenantAccountId: string | null;
  countryCode: string;
  /** The connection the number is on (inventory's number.updated), null when on none. */
  connectionId: string | null;
  /** What the carrier says it can do (voice, sms, ...); null when routing projected it before it kept capabilities. */
  capabilities: string[] | null;
  settings: StoredSettings | null;
  defaults: StoredDefaults | null;
  /** False when the stored caller_id is no longer an active number of the same account (resolve then shows the number itself). */
  callerIdValid: boolean;
  emergency: { status: EmergencyStatus; addressId: string | null; addressLine: string | null } | null;
  /** The payer (the owner) or the payer's partner owes unpaid usage: new non-emergency calls are refused. */
  owesUsage: boolean;
}

/** The account whose defaults and numbers a number is used under: its tenant when assigned, else its owner. */
export function userAccountOf(n: { ownerAccountId: string; tenantAccountId: string | null }): string {
  return n.tenantAccountId ?? n.ownerAccountId;
}

interface Row {
  number_id: string;
  e164: string;
  status: RoutedNumberStatus;
  owner_account_id: string;
  owner_partner_id: string | null;
  tenant_account_id: string | null;
  country_code: string;
  connection_id: string | null;
  capabilities: string[] | null;
  s_number_id: string | null;
  s_cnam: string | null;
  s_cnam_lookup: boolean;
  s_caller_id: string | null;
  s_tech_prefix: boolean;
  s_screening: InboundCallScreening;
  s_messaging: boolean;
  s_recording: boolean | null;
  s_max_channels: number | null;
  s_voice: VoiceDestination | null;
  s_sms: SmsRouting | null;
  s_updated_at: Date | null;
  d_account_id: string | null;
  d_cnam: string | null;
  d_unconfigured: UnconfiguredBehaviour | null;
  d_recording: boolean | null;
  d_max_channels: number | null;
  d_updated_at: Date | null;
  e_status: EmergencyStatus | null;
  e_address_id: string | null;
  a_line: string | null;
  caller_id_valid: boolean;
  owes_usage: boolean;
}

const SELECT = `
  select n.number_id, n.e164, n.status, n.owner_account_id, n.owner_partner_id, n.tenant_account_id, n.country_code, n.connection_id, n.capabilities,
    s.number_id as s_number_id, s.cnam_display_name as s_cnam, s.cnam_lookup_enabled as s_cnam_lookup, s.caller_id as s_caller_id,
    s.tech_prefix_enabled as s_tech_prefix, s.inbound_call_screening as s_screening, s.messaging_enabled as s_messaging,
    s.recording as s_recording, s.max_channels as s_max_channels, s.voice_destination as s_voice, s.sms_routing as s_sms, s.updated_at as s_updated_at,
    d.account_id as d_account_id, d.cnam_display_name as d_cnam, d.unconfigured_number as d_unconfigured, d.recording as d_recording,
    d.max_channels as d_max_channels, d.updated_at as d_updated_at,
    e.status as e_status, e.emergency_address_id as e_address_id,
    case when a.id is null then null else concat_ws(', ', a.street_address, a.extended_address, a.locality, a.administrative_area || ' ' || a.postal_code, a.country_code) end as a_line,
    (s.caller_id is null or exists (
      select 1 from ${NUMBERS} c where c.e164 = s.caller_id and c.status = 'active'
        and coalesce(c.tenant_account_id, c.owner_account_id) = coalesce(n.tenant_account_id, n.owner_account_id))) as caller_id_valid,
    exists (select 1 from ${ACCOUNT_DEBTS} o where o.account_id in (n.owner_account_id, n.owner_partner_id) and o.owed_cents > 0) as owes_usage
  from ${NUMBERS} n
  left join ${NUMBER_SETTINGS} s on s.number_id = n.number_id
  left join ${ACCOUNT_DEFAULTS} d on d.account_id = coalesce(n.tenant_account_id, n.owner_account_id)
  left join ${NUMBER_EMERGENCY} e on e.number_id = n.number_id
  left join ${EMERGENCY_ADDRESSES} a on a.id = e.emergency_address_id`;

/** The live (active) number with this E.164, for resolve; null when there is none. */
export async function loadActiveState(em: EntityManager, e164: string): Promise<RoutingState | null> {
  const [row] = await sql<Row>(em, `${SELECT} where n.e164 = ? and n.status = 'active'`, [e164]);
  return row ? toState(row) : null;
}

/** Numbers by id (any status), in no particular order. */
export async function loadStates(em: EntityManager, numberIds: string[]): Promise<RoutingState[]> {
  if (!numberIds.length) return [];
  return (await sql<Row>(em, `${SELECT} where n.number_id = any(?)`, [numberIds])).map(toState);
}

/** A number by id or E.164: the live row for an E.164, else its latest released one. */
export async function loadStateByRef(em: EntityManager, ref: string): Promise<RoutingState | null> {
  const where = ref.startsWith('+')
    ? `n.e164 = ? order by (n.status = 'released'), n.released_at desc nulls first limit 1`
    : `n.number_id = ?`;
  const [row] = await sql<Row>(em, `${SELECT} where ${where}`, [ref]);
  return row ? toState(row) : null;
}

function toState(r: Row): RoutingState {
  return {
    numberId: r.number_id,
    e164: r.e164,
    status: r.status,
    ownerAccountId: r.owner_account_id,
    ownerPartnerId: r.owner_partner_id,
    tenantAccountId: r.tenant_account_id,
    countryCode: r.country_code,
    connectionId: r.connection_id,
    capabilities: r.capabilities,
    settings: r.s_number_id
      ? {
          cnamDisplayName: r.s_cnam,
          cnamLookupEnabled: r.s_cnam_lookup,
          callerId: r.s_caller_id,
          techPrefixEnabled: r.s_tech_prefix,
          inboundCallScreening: r.s_screening,
          messagingEnabled: r.s_messaging,
          recording: r.s_recording,
          maxChannels: r.s_max_channels,
          voiceDestination: r.s_voice,
          smsRouting: r.s_sms,
          updatedAt: new Date(r.s_updated_at as Date),
        }
      : null,
    defaults: r.d_account_id
      ? {
          cnamDisplayName: r.d_cnam,
          unconfiguredNumber: r.d_unconfigured as UnconfiguredBehaviour,
          recording: r.d_recording as boolean,
          maxChannels: r.d_max_channels as number,
          updatedAt: new Date(r.d_updated_at as Date),
        }
      : null,
    callerIdValid: r.caller_id_valid,
    owesUsage: r.owes_usage,
    emergency: r.e_status ? { status: r.e_status, addressId: r.e_address_id, addressLine: r.a_line } : null,
  };
}
