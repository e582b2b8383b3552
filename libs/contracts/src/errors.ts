/**
 * Transport-neutral error kinds. The gateway maps each kind to one HTTP status in a single exhaustive
 * switch, so adding a kind here without mapping it fails the build.
 */
export const ErrorType = {
  InvalidRequest: 'invalid_request',
  Unauthenticated: 'unauthenticated',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  Conflict: 'conflict',
  PaymentRequired: 'payment_required',
  Unprocessable: 'unprocessable',
  RateLimited: 'rate_limited',
  PayloadTooLarge: 'payload_too_large',
  UnsupportedMediaType: 'unsupported_media_type',
  Unavailable: 'unavailable',
  Timeout: 'timeout',
  Internal: 'internal',
} as const;
export type ErrorType = (typeof ErrorType)[keyof typeof ErrorType];

/**
 * Stable machine codes clients branch on. Public API: never rename or reuse a code; add new ones.
 */
export const ErrorCode = {
  ValidationFailed: 'validation_failed',
  UnknownField: 'unknown_field',
  MalformedBody: 'malformed_body',
  AccountIdRequired: 'account_id_required',
  ApiKeyMissing: 'api_key_missing',
  ApiKeyMalformed: 'api_key_malformed',
  ApiKeyInvalid: 'api_key_invalid',
  ApiKeyRevoked: 'api_key_revoked',
  AccountAccessDenied: 'account_access_denied',
  OperatorOnly: 'operator_only',
  TenantCannotHaveSubaccounts: 'tenant_cannot_have_subaccounts',
  AccountNotFound: 'account_not_found',
  ApiKeyNotFound: 'api_key_not_found',
  ApiKeyAlreadyRevoked: 'api_key_already_revoked',
  RouteNotFound: 'route_not_found',
  IdempotencyKeyInvalid: 'idempotency_key_invalid',
  IdempotencyKeyRequired: 'idempotency_key_required',
  IdempotencyKeyReused: 'idempotency_key_reused',
  IdempotencyRequestInProgress: 'idempotency_request_in_progress',
  RateLimitExceeded: 'rate_limit_exceeded',
  PayloadTooLarge: 'payload_too_large',
  UnsupportedMediaType: 'unsupported_media_type',
  ServiceUnavailable: 'service_unavailable',
  ServiceTimeout: 'service_timeout',
  InternalError: 'internal_error',
  NumberUnavailable: 'number_unavailable',
  ReservationNotFound: 'reservation_not_found',
  ReservationLimitExceeded: 'reservation_limit_exceeded',
  ReservationExpired: 'reservation_expired',
  ReservationReleased: 'reservation_released',
  WebhookEndpointNotFound: 'webhook_endpoint_not_found',
  WebhookUrlNotAllowed: 'webhook_url_not_allowed',
  WebhookEndpointDisabled: 'webhook_endpoint_disabled',
  WebhookDeliveryNotFound: 'webhook_delivery_not_found',
  BalanceInsufficient: 'balance_insufficient',
  PaymentDeclined: 'payment_declined',
  PaymentProcessorTimeout: 'payment_processor_timeout',
  PaymentMethodNotFound: 'payment_method_not_found',
  PaymentMethodInUse: 'payment_method_in_use',
  PaymentMethodExpired: 'payment_method_expired',
  WalletNotFound: 'wallet_not_found',
  CurrencyMismatch: 'currency_mismatch',
  PriceNotFound: 'price_not_found',
  PriceChangeNotFound: 'price_change_not_found',
  DeadLetterNotFound: 'dead_letter_not_found',
  DeadLetterConsumerUnknown: 'dead_letter_consumer_unknown',
  PriceChangeNotScheduled: 'price_change_not_scheduled',
  PartnerOnly: 'partner_only',
  NumberNotFound: 'number_not_found',
  NumberOrderNotFound: 'number_order_not_found',
  NumberNotYetActive: 'number_not_yet_active',
  NumberAlreadyReleased: 'number_already_released',
  MinimumCommitmentActive: 'minimum_commitment_active',
  RenewalNotCancelled: 'renewal_not_cancelled',
  RenewalAlreadyCancelled: 'renewal_already_cancelled',
  RenewalNotDue: 'renewal_not_due',
  CarrierUnavailable: 'carrier_unavailable',
  OrderInProgress: 'order_in_progress',
  ConnectionNotFound: 'connection_not_found',
  ConnectionInUse: 'connection_in_use',
  DefaultConnectionUndeletable: 'default_connection_undeletable',
  NotYourTenant: 'not_your_tenant',
  NumberReleased: 'number_released',
  NumberSettingsInvalid: 'number_settings_invalid',
  EmergencyAddressInvalid: 'emergency_address_invalid',
  EmergencyAddressNotFound: 'emergency_address_not_found',
  EmergencyAddressInUse: 'emergency_address_in_use',
  EmergencyNotSupported: 'emergency_not_supported',
  InvalidStateTransition: 'invalid_state_transition',
  PortingOrderNotFound: 'porting_order_not_found',
  PortingDocumentNotFound: 'porting_document_not_found',
  DocumentTooLarge: 'document_too_large',
  DocumentTypeUnsupported: 'document_type_unsupported',
  PortingCancelWindowClosed: 'porting_cancel_window_closed',
  PortingDocumentQuotaExceeded: 'porting_document_quota_exceeded',
} as const;
export type KnownErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One rule a field broke, as reported to the client. */
export interface FieldViolation {
  field: string;
  rule: string;
  message: string;
}

/** The shape an error takes on the wire between services: `{type, code, message}` plus optional field violations. */
export interface ErrorPayload {
  type: ErrorType;
  code: string;
  message: string;
  errors?: FieldViolation[];
}

/**
 * A business error any service can throw; it crosses NATS as an {@link ErrorPayload} and reaches the
 * public API as problem+json with the same code.
 */
export class DomainError extends Error {
  constructor(
    readonly type: ErrorType,
    readonly code: string,
    message: string,
    readonly errors?: FieldViolation[],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toPayload(): ErrorPayload {
    return { type: this.type, code: this.code, message: this.message, ...(this.errors ? { errors: this.errors } : {}) };
  }

  static fromPayload(payload: ErrorPayload): DomainError {
    return new DomainError(payload.type, payload.code, payload.message, payload.errors);
  }
}

const ERROR_TYPES = new Set<string>(Object.values(ErrorType));

/** True when a value received from another service is a well-formed {@link ErrorPayload}. */
export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.type === 'string' && ERROR_TYPES.has(v.type) && typeof v.code === 'string' && typeof v.message === 'string'
  );
}
