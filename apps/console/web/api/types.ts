/**
 * The API's types the console reads, generated from docs/openapi.json (`npm run docs:client`, into
 * ./generated/openapi.ts), under the names the screens use; plus the few lists of choices the forms offer.
 */
import type { components, EventRecord as GeneratedEventRecord, ListMeta, paths } from './generated/openapi';

type Schemas = components['schemas'];

export type {
  Account,
  ApiKey,
  AvailableNumber,
  Balance,
  BuyerPrice,
  Connection,
  CreatedApiKey,
  EmergencyAddress,
  LedgerEntry,
  MarkupSet,
  NumberBilling,
  NumberCompliance,
  NumberEmergency,
  NumberOrder,
  OrderedNumber,
  PartnerMarkup,
  PartnerStatement,
  PaymentMethod,
  PhoneNumber,
  PortOrder,
  PortTimelineEntry,
  PortabilityCheckResult,
  PortingDocument,
  Quote,
  SmsRouting,
  Transfer,
  UpcomingCharges,
  UsageRates,
  UsageReport,
  VoiceDestination,
  WebhookEndpoint,
} from './generated/openapi';

/** The query parameters of `GET <path>`: a form's strings are checked against them where they are sent. */
export type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;
/** The JSON body of `<method> <path>`. */
export type BodyOf<P extends keyof paths, M extends 'post' | 'put' | 'patch'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
export type CountryCode = Schemas['Quote']['country_code'];

/** One page of any list: every list shares ListMeta (docs/api/conventions.md). */
export type Page<T> = { data: T[]; meta: ListMeta };
export type NumberType = Schemas['AvailableNumber']['number_type'];
export type SearchReply = Schemas['SearchAvailableReply'];
export type SummaryReply = Schemas['AvailableSummaryReply'];
export type WebhookDelivery = Schemas['Delivery'];
/** GET /v1/usage/records: one rated call or message. Costs are exact decimal strings in minor units. */
export type UsageRecord = Schemas['UsageRecordView'];
export type UsageTotals = Schemas['UsageReport']['totals'];
/** A markup as PUT /v1/pricing/markups takes it (defaults may be left out). */
export type PartnerMarkupInput = Schemas['PartnerMarkupInput'];
export type StatementFigures = Schemas['PartnerStatement']['totals'];
/** An event of GET /v1/events with its data typed by the caller (the document types `data` per event only in docs/events.md). */
export type EventRecord<T> = Omit<GeneratedEventRecord, 'data'> & { data: T };

/** GET /v1/events?type=wallet.debt_changed: one event's data (docs/events.md). */
export interface WalletDebtChanged {
  account_id: string;
  currency: string;
  owed_cents: number;
  previous_owed_cents: number;
  sequence: number;
  changed_at: string;
}

export const NUMBER_TYPES: { value: NumberType; label: string }[] = [
  { value: 'local', label: 'Local (geographic)' },
  { value: 'toll_free', label: 'Toll-free' },
  { value: 'national', label: 'National' },
  { value: 'mobile', label: 'Mobile' },
];
export const COUNTRIES = [
  { value: 'US', label: 'United States' },
  { value: 'CA', label: 'Canada' },
  { value: 'GB', label: 'United Kingdom' },
  { value: 'IN', label: 'India' },
];
export const NUMBER_STATUSES = ['pending', 'active', 'porting_in', 'released', 'purchase_failed'] as const;
