import { ErrorCode } from '../errors';

/** What a client needs to know of one problem `code`: the statuses it comes with, what it means, what to do. */
export interface ErrorDoc {
  statuses: readonly number[];
  meaning: string;
  action: string;
}

/**
 * Every public problem `code`, documented for API consumers (docs/errors.md is generated from it, and
 * the gateway serves it at /docs/errors, where each problem's `type` points). A test fails when a
 * code has no entry, or is thrown with a status its entry does not list.
 */
export const ERROR_CATALOGUE: Readonly<Record<string, ErrorDoc>> = {
  [ErrorCode.ValidationFailed]: {
    statuses: [400, 422],
    meaning: 'A field broke a rule; `errors` names each field, its rule and why. Nothing was changed.',
    action:
      'Fix the fields named in `errors` and send the request again (the same Idempotency-Key may be reused: validation failures are not stored).',
  },
  [ErrorCode.UnknownField]: {
    statuses: [400],
    meaning: 'The body or query has a field the route does not know (often a typo).',
    action: 'Remove or correct the field named in `errors`.',
  },
  [ErrorCode.MalformedBody]: {
    statuses: [400],
    meaning: 'The body is not valid JSON (or not a readable multipart body on the upload route).',
    action: 'Send well-formed JSON with `Content-Type: application/json`.',
  },
  [ErrorCode.AccountIdRequired]: {
    statuses: [400],
    meaning: 'This route acts on one account and the key can act on several: the `Account-Id` header is missing.',
    action: 'Send `Account-Id: <account id>` naming the account (a partner names one of its tenants, or itself).',
  },
  [ErrorCode.ApiKeyMissing]: {
    statuses: [401],
    meaning: 'No API key was sent.',
    action:
      'Send `Authorization: Bearer <api key>`. Repeated failed authentications from one address are rate limited (429).',
  },
  [ErrorCode.ApiKeyMalformed]: {
    statuses: [401],
    meaning:
      'The Authorization header is not `Bearer <key>`, or the key is not shaped like one of ours (`dk_` and 43 characters).',
    action: 'Check the header and copy the key again.',
  },
  [ErrorCode.ApiKeyInvalid]: {
    statuses: [401],
    meaning: 'No such API key.',
    action: 'Use a key shown when it was created; a lost key cannot be shown again: create a new one.',
  },
  [ErrorCode.ApiKeyRevoked]: {
    statuses: [401],
    meaning: 'The key was revoked.',
    action: 'Use another key of the account, or ask its partner (or the operator) for a new one.',
  },
  [ErrorCode.AccountAccessDenied]: {
    statuses: [403],
    meaning: 'The key may not act on the account in `Account-Id` (not itself, nor one of its tenants).',
    action: 'Name your own account or one of your tenants.',
  },
  [ErrorCode.OperatorOnly]: {
    statuses: [403],
    meaning: 'Only the platform operator key may do this (partner accounts, the price list, dead letters).',
    action: 'Ask the platform operator.',
  },
  [ErrorCode.TenantCannotHaveSubaccounts]: {
    statuses: [403],
    meaning: 'A tenant tried to create an account: only partners have tenants.',
    action: "Create tenants with the partner's key.",
  },
  [ErrorCode.PartnerOnly]: {
    statuses: [403],
    meaning: 'Only a partner can do this (markups, transfers to tenants, its statement).',
    action: "Use the partner's key without `Account-Id` naming a tenant.",
  },
  [ErrorCode.AccountNotFound]: {
    statuses: [404],
    meaning: 'No such account visible to this key.',
    action: 'Check the id; a partner sees itself and its tenants only.',
  },
  [ErrorCode.ApiKeyNotFound]: {
    statuses: [404],
    meaning: 'No such API key on the acting account.',
    action: "List the account's keys (`GET /v1/api-keys`) for their ids.",
  },
  [ErrorCode.ApiKeyAlreadyRevoked]: {
    statuses: [409],
    meaning: 'The key was revoked before.',
    action: 'Nothing to do: it stays revoked.',
  },
  [ErrorCode.RouteNotFound]: {
    statuses: [404],
    meaning: 'No route with this method and path (the detail may name the one to use).',
    action: 'Check the path and method against /docs.',
  },
  [ErrorCode.IdempotencyKeyInvalid]: {
    statuses: [400],
    meaning: 'The Idempotency-Key is longer than 255 characters or has characters outside `[A-Za-z0-9_:-]`.',
    action: 'Use a UUID or a similar key.',
  },
  [ErrorCode.IdempotencyKeyRequired]: {
    statuses: [400],
    meaning: 'This route moves money and needs an Idempotency-Key.',
    action: 'Send `Idempotency-Key: <unique key>` and reuse it for retries of the same request.',
  },
  [ErrorCode.IdempotencyKeyReused]: {
    statuses: [409, 422],
    meaning: 'The key was already used for a different request (method, path or body).',
    action: 'Use a new key for a new request; reuse a key only to retry the very same request.',
  },
  [ErrorCode.IdempotencyRequestInProgress]: {
    statuses: [409],
    meaning: 'A request with this key is still running.',
    action: 'Retry with the same key after a moment: you get its answer once it is done.',
  },
  [ErrorCode.RateLimitExceeded]: {
    statuses: [429],
    meaning: 'Too many requests for this API key, or too many failed authentications from this address.',
    action: 'Wait the seconds in `Retry-After`, then retry; spread requests under `RateLimit-Limit`.',
  },
  [ErrorCode.PayloadTooLarge]: {
    statuses: [413],
    meaning: 'The body is larger than the route accepts.',
    action: "Send less (lists and batches have their own limits in the route's docs).",
  },
  [ErrorCode.UnsupportedMediaType]: {
    statuses: [415],
    meaning: 'The body is not of the media type the route takes.',
    action: 'Send JSON with `Content-Type: application/json` (multipart/form-data on the document upload).',
  },
  [ErrorCode.ServiceUnavailable]: {
    statuses: [503],
    meaning: 'A platform service behind the gateway did not answer; nothing was done, or the retry will find what was.',
    action: 'Retry with backoff and the same Idempotency-Key.',
  },
  [ErrorCode.ServiceTimeout]: {
    statuses: [504],
    meaning: 'A platform service did not answer in time; the request may still complete.',
    action: 'Retry with the same Idempotency-Key: you get the outcome without doing it twice.',
  },
  [ErrorCode.InternalError]: {
    statuses: [500],
    meaning: 'An unexpected failure; the detail holds only an `error_id`.',
    action: 'Retry with the same Idempotency-Key; if it persists, quote the `error_id` to support.',
  },
  [ErrorCode.NumberUnavailable]: {
    statuses: [409],
    meaning: 'A number asked for is reserved by someone else, sold or unknown; nothing was reserved or ordered.',
    action: 'Search again (`GET /v1/numbers/available`) and choose other numbers.',
  },
  [ErrorCode.ReservationNotFound]: {
    statuses: [404],
    meaning: 'No such reservation on the acting account.',
    action: 'Check the id; expired reservations are kept, released ones too.',
  },
  [ErrorCode.ReservationLimitExceeded]: {
    statuses: [422],
    meaning: 'The account would hold more reserved numbers than it may.',
    action: 'Order or release some reservations first.',
  },
  [ErrorCode.ReservationExpired]: {
    statuses: [409],
    meaning: 'The reservation expired; its numbers went back to the pool.',
    action: 'Reserve again if the numbers are still available.',
  },
  [ErrorCode.ReservationReleased]: {
    statuses: [409],
    meaning: 'The reservation was released.',
    action: 'Reserve again if the numbers are still available.',
  },
  [ErrorCode.WebhookEndpointNotFound]: {
    statuses: [404],
    meaning: 'No such webhook endpoint on the acting account.',
    action: 'List the endpoints for their ids.',
  },
  [ErrorCode.WebhookUrlNotAllowed]: {
    statuses: [400],
    meaning:
      'The URL is not https, uses a port the platform does not call, or resolves to a private, loopback, link-local or other non-public address.',
    action: 'Use a public https URL (port 443 unless the platform allows others).',
  },
  [ErrorCode.WebhookEndpointDisabled]: {
    statuses: [409],
    meaning: 'The endpoint is disabled (it answered 410, or failed for the configured period).',
    action: 'Fix the receiver, then enable the endpoint again; missed events can be replayed.',
  },
  [ErrorCode.WebhookDeliveryNotFound]: {
    statuses: [404],
    meaning: 'No such webhook delivery on the acting account.',
    action: 'List deliveries (`GET /v1/webhook-deliveries`) for their ids.',
  },
  [ErrorCode.BalanceInsufficient]: {
    statuses: [402],
    meaning: 'The wallet cannot pay this (and auto-recharge is off or failed); nothing was charged.',
    action: 'Top up (`POST /v1/balance/top-ups`) or turn on auto-recharge, then retry.',
  },
  [ErrorCode.PaymentDeclined]: {
    statuses: [402],
    meaning: 'The card was declined; nothing was charged or credited.',
    action: 'Use another card or ask the card issuer.',
  },
  [ErrorCode.PaymentProcessorTimeout]: {
    statuses: [504],
    meaning:
      'The card processor did not answer; nothing was credited yet, and the platform settles the payment by itself shortly.',
    action: 'Retry with the same Idempotency-Key: the card is charged at most once.',
  },
  [ErrorCode.PaymentMethodNotFound]: {
    statuses: [404],
    meaning: 'No such card on the acting account.',
    action: 'List payment methods for their ids.',
  },
  [ErrorCode.PaymentMethodInUse]: {
    statuses: [409],
    meaning: 'The card is the one auto-recharge uses.',
    action: 'Point auto-recharge at another card (or turn it off) first.',
  },
  [ErrorCode.PaymentMethodExpired]: {
    statuses: [402],
    meaning: 'The card has expired.',
    action: 'Add a current card.',
  },
  [ErrorCode.WalletNotFound]: {
    statuses: [404],
    meaning: 'The account has no wallet yet.',
    action: 'Retry in a moment: a wallet opens when the account is created.',
  },
  [ErrorCode.CurrencyMismatch]: {
    statuses: [409, 422],
    meaning: 'The amount, price or counterparty is in another currency than the wallet.',
    action: "Use the account's currency (accounts keep the currency they were created with).",
  },
  [ErrorCode.PriceNotFound]: {
    statuses: [404, 503],
    meaning: 'No price for this country, number type and currency (503: the price list could not be read).',
    action: 'Check `GET /v1/pricing`; 503: retry later.',
  },
  [ErrorCode.PriceChangeNotFound]: {
    statuses: [404],
    meaning: 'No such scheduled price change.',
    action: 'List price changes for their ids.',
  },
  [ErrorCode.PriceChangeNotScheduled]: {
    statuses: [409],
    meaning: 'The price change already applied (or was cancelled): only scheduled changes can be cancelled.',
    action: 'Schedule a new change instead.',
  },
  [ErrorCode.DeadLetterNotFound]: {
    statuses: [404],
    meaning: 'No such dead letter in that service.',
    action: 'List the dead letters (`GET /v1/operator/dead-letters`) for their ids.',
  },
  [ErrorCode.DeadLetterConsumerUnknown]: {
    statuses: [409],
    meaning: "The dead letter's consumer no longer runs in that service, so it cannot be re-driven; it is kept.",
    action: 'Handle the event by hand, or deploy a version that has the consumer.',
  },
  [ErrorCode.NumberNotFound]: {
    statuses: [404],
    meaning: 'No such number on the acting account.',
    action: 'List your numbers (`GET /v1/numbers`) for their ids.',
  },
  [ErrorCode.NumberOrderNotFound]: {
    statuses: [404],
    meaning: 'No such number order on the acting account.',
    action: 'List orders (`GET /v1/number-orders`).',
  },
  [ErrorCode.NumberNotYetActive]: {
    statuses: [409],
    meaning: 'The number is still being activated at the carrier.',
    action: 'Wait for `number.activated` (or poll the number), then retry.',
  },
  [ErrorCode.NumberAlreadyReleased]: {
    statuses: [409],
    meaning: 'The number was released before.',
    action: 'Nothing to do; it stays queryable as released.',
  },
  [ErrorCode.MinimumCommitmentActive]: {
    statuses: [409],
    meaning:
      'The number is inside its minimum commitment: it cannot be released, nor its renewal cancelled, yet (the detail says until when).',
    action: 'Retry after the date in the detail.',
  },
  [ErrorCode.RenewalNotCancelled]: {
    statuses: [409],
    meaning: 'The renewal is not cancelled, so there is nothing to resume.',
    action: 'Nothing to do.',
  },
  [ErrorCode.RenewalAlreadyCancelled]: {
    statuses: [409],
    meaning: 'The renewal is already cancelled.',
    action: 'Nothing to do; resume it to keep the number.',
  },
  [ErrorCode.RenewalNotDue]: {
    statuses: [409],
    meaning: 'The number is not in a renewal that can be paid now.',
    action: 'Wait for the renewal date.',
  },
  [ErrorCode.CarrierUnavailable]: {
    statuses: [503],
    meaning: 'The upstream carrier did not answer or failed; nothing was charged.',
    action: 'Retry with backoff and the same Idempotency-Key.',
  },
  [ErrorCode.OrderInProgress]: {
    statuses: [409],
    meaning: 'An order with this Idempotency-Key is still being placed (not stored: a retry gets the outcome).',
    action: 'Retry in a moment with the same key.',
  },
  [ErrorCode.ConnectionNotFound]: {
    statuses: [404, 422],
    meaning: 'No such connection on the acting account (422: named in a body field).',
    action: 'List connections (`GET /v1/connections`) for their ids.',
  },
  [ErrorCode.ConnectionInUse]: {
    statuses: [409],
    meaning: 'Numbers still use the connection.',
    action: 'Move its numbers to another connection first.',
  },
  [ErrorCode.DefaultConnectionUndeletable]: {
    statuses: [409],
    meaning: "The account's default connection cannot be deleted.",
    action: 'Make another connection the default first.',
  },
  [ErrorCode.NotYourTenant]: {
    statuses: [422],
    meaning: "The account named is not one of the partner's tenants.",
    action: 'Name one of your tenants.',
  },
  [ErrorCode.NumberReleased]: {
    statuses: [409],
    meaning: 'The number is released; it cannot be changed.',
    action: 'Buy a number again if you need one.',
  },
  [ErrorCode.NumberSettingsInvalid]: {
    statuses: [422],
    meaning:
      "The number's settings would be inconsistent (e.g. forwarding without a destination); `errors` says which.",
    action: 'Fix the fields named in `errors`.',
  },
  [ErrorCode.EmergencyAddressInvalid]: {
    statuses: [422],
    meaning: 'The carrier could not validate the emergency address.',
    action: 'Correct the address (the detail and `errors` say what the carrier disliked).',
  },
  [ErrorCode.EmergencyAddressNotFound]: {
    statuses: [404],
    meaning: 'No such emergency address on the acting account.',
    action: 'List emergency addresses for their ids.',
  },
  [ErrorCode.EmergencyAddressInUse]: {
    statuses: [409],
    meaning: 'Numbers still use the address for 911.',
    action: 'Give those numbers another address first.',
  },
  [ErrorCode.EmergencyNotSupported]: {
    statuses: [422],
    meaning: 'Emergency service is not offered for this number (its country or type).',
    action: 'Use a number that supports it.',
  },
  [ErrorCode.InvalidStateTransition]: {
    statuses: [409],
    meaning: 'The object is not in a state that allows this action (e.g. editing a submitted port order).',
    action: "Read the object's status; the detail names the allowed states.",
  },
  [ErrorCode.PortingOrderNotFound]: {
    statuses: [404],
    meaning: 'No such port order on the acting account.',
    action: 'List port orders for their ids.',
  },
  [ErrorCode.PortingDocumentNotFound]: {
    statuses: [404],
    meaning: 'No such porting document on the acting account.',
    action: 'Upload it again, or use the id the upload answered.',
  },
  [ErrorCode.DocumentTooLarge]: {
    statuses: [413],
    meaning: 'The document is over 10 MB.',
    action: 'Send a smaller scan (PDF, PNG or JPEG).',
  },
  [ErrorCode.DocumentTypeUnsupported]: {
    statuses: [415],
    meaning: 'The file is not a PDF, PNG or JPEG (judged by its content, not its name).',
    action: 'Convert it to PDF.',
  },
  [ErrorCode.PortingCancelWindowClosed]: {
    statuses: [409],
    meaning: 'A port cannot be cancelled within 24 hours of its FOC date.',
    action: 'Contact support to stop it with the losing carrier.',
  },
  [ErrorCode.PortingDocumentQuotaExceeded]: {
    statuses: [409],
    meaning: 'The account keeps as many porting documents (or bytes, unfinished uploads included) as it may.',
    action: 'Wait for unfinished uploads to be cleaned, or ask support to raise the quota.',
  },
};

/** The catalogue entry of `code`, or undefined for a code this build does not document (a test forbids that for ErrorCode). */
export function errorDoc(code: string): ErrorDoc | undefined {
  return ERROR_CATALOGUE[code];
}
