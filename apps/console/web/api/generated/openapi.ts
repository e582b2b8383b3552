// Generated from docs/openapi.json by `npm run docs:client` (tools/docs/generate-api-types.ts). Do not edit.

export type paths = {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness of the gateway and its database */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness of every service behind the gateway (503 if one does not answer) */
        get: operations["getServicesHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your tenants (partner) or all partners (operator) */
        get: operations["listAccounts"];
        put?: never;
        /** Create a partner (operator key) or a tenant under your partner account */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account the request acts on: your own, or the tenant named by Account-Id */
        get: operations["getCurrentAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get your own account or one of your tenants */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{id}/defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's defaults for its numbers: CNAM, what unconfigured numbers do (an announcement unless changed), recording, max channels */
        get: operations["getAccountDefaults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an account's defaults; only the fields sent change
         * @description 422 number_settings_invalid when max_channels is above the plan's maximum.
         */
        patch: operations["updateAccountDefaults"];
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the acting account's API keys (never their secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key for the acting account; the secret is returned once */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key; requests with it fail from the next one on */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The acting account's prepaid balance (integer minor units), currency and auto-recharge settings */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/balance/auto-recharge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set auto-recharge: charge the saved card when a charge would leave the balance under threshold_cents */
        put: operations["setAutoRecharge"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/balance/top-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Charge a saved card and credit the balance
         * @description Idempotency-Key is required and is kept with the payment: a retry with the same key never charges twice. 402 payment_declined (nothing credited); 504 payment_processor_timeout when the processor does not answer (nothing credited yet: retry with the same key to settle it exactly once).
         */
        post: operations["createTopUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/balance/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move money from the partner's balance to one of its tenants' (partners only)
         * @description Posted on both ledgers (kind transfer) at once. Idempotency-Key is required and kept with the entries: a retry never moves the money twice. 402 balance_insufficient (nothing moved); 404 account_not_found when tenant_account_id is not your tenant; 403 partner_only for a tenant.
         */
        post: operations["createTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the acting account's wallet will be charged in the next `days` days (each 30-day cycle of each number), and whether the balance covers it */
        get: operations["listUpcomingCharges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The acting account's connections, oldest first */
        get: operations["listConnections"];
        put?: never;
        /** Create a connection to group numbers under */
        post: operations["createConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The acting account's default connection (every account has one) */
        get: operations["getDefaultConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One connection with how many numbers it groups */
        get: operations["getConnection"];
        put?: never;
        post?: never;
        /** Delete a connection (409 connection_in_use while numbers are on it; the default cannot be deleted) */
        delete: operations["deleteConnection"];
        options?: never;
        head?: never;
        /** Rename, (de)activate or change the event URL of a connection */
        patch: operations["updateConnection"];
        trace?: never;
    };
    "/v1/emergency-addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's emergency addresses (a partner also sees its tenants'), oldest first */
        get: operations["listEmergencyAddresses"];
        put?: never;
        /**
         * Register a 911 dispatch address (US and Canada), validated by the carrier and stored as it normalized it
         * @description 422 emergency_address_invalid names the field and reason and carries `suggestions` (corrected addresses to retry with); 503 carrier_unavailable.
         */
        post: operations["createEmergencyAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emergency-addresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One emergency address */
        get: operations["getEmergencyAddress"];
        put?: never;
        post?: never;
        /** Delete an emergency address (409 emergency_address_in_use while a number’s 911 service uses it) */
        delete: operations["deleteEmergencyAddress"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The acting account's events, oldest first: replay what an endpoint missed
         * @description Each item is the body a webhook delivers for it (plus record_type and version). Filter by type and occurred_at; page with meta.next_cursor.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every movement of the acting account's balance, oldest first; entries never change (a correction is a new entry) */
        get: operations["listLedgerEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/number-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The acting account's number orders, oldest first */
        get: operations["listNumberOrders"];
        put?: never;
        /**
         * Buy numbers: setup fee plus the first 30 days, debited now; each number activates asynchronously
         * @description Idempotency-Key is required and kept with the order: a retry never charges twice. Numbers appear at once as pending and turn active, or purchase_failed with a full refund. 402 balance_insufficient (after auto-recharge) and 409 number_unavailable leave nothing ordered, held or charged.
         */
        post: operations["createNumberOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/number-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One number order with the status of each of its numbers */
        get: operations["getNumberOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/number-reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the acting account's reservations, oldest first */
        get: operations["listNumberReservations"];
        put?: never;
        /**
         * Hold 1 to 100 numbers, all or none, until expires_at
         * @description 409 number_unavailable names numbers held by others, sold or unknown (nothing is reserved); 422 reservation_limit_exceeded when the account would hold too many.
         */
        post: operations["createNumberReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/number-reservations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one reservation of the acting account */
        get: operations["getNumberReservation"];
        put?: never;
        post?: never;
        /** Release the numbers now */
        delete: operations["releaseNumberReservation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/number-reservations/{id}/actions/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restart the hold from now (409 reservation_expired once it has run out) */
        post: operations["extendNumberReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The numbers the acting account holds: its own, its tenants' (partners) and those assigned to it; e164 order */
        get: operations["listNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search numbers you can reserve or buy now
         * @description Numbers reserved by anyone (you included), sold or aging never appear. meta.total counts matches up to 1000 (total_capped tells when there are more).
         */
        get: operations["searchAvailableNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/available/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count available numbers per locality (or rate center) of a country, type and region */
        get: operations["summarizeAvailableNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/csr-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The losing carrier's customer service record (account name, billing number, address) of each number on your open port orders, or why there is none
         * @description Only numbers on one of your own draft or exception port orders are looked up; any other number is answered `not_on_open_port_order` and nothing else. Each looked-up number counts against an hourly budget per account (CSR_LOOKUPS_PER_HOUR): past it, 429 rate_limit_exceeded with Retry-After.
         */
        post: operations["getCsrCoverage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/lookups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look a number up at the carrier (carrier name and line type, or caller name); each answer is charged its lookup fee
         * @description A charged action, so a POST with an Idempotency-Key: a retry with the same key returns the same answer and charges nothing more. 400 for a number that is not valid (nothing charged); 402 balance_insufficient (no result); 503 carrier_unavailable (nothing charged).
         */
        post: operations["lookUpNumbers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/portability-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Can these numbers port in (up to 100)? Each number is answered on its own; a malformed one gets its own error. */
        get: operations["checkPortability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/porting-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an LOA or a recent bill (multipart: "file", optional "document_type" loa|invoice|other)
         * @description PDF, PNG or JPEG judged by the file's first bytes, not its name: anything else is 415 document_type_unsupported. At most 10 MB: 413 document_too_large. Stored with a SHA-256.
         */
        post: operations["uploadPortingDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/porting-documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getPortingDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/porting-documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file itself, with its detected content type */
        get: operations["downloadPortingDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/porting-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listPortOrders"];
        put?: never;
        /**
         * Create a port-in order (draft): phone_numbers and/or ranges, up to 1,000 numbers
         * @description Numbers at different losing carriers are split into one order each; the answer is the first, related_order_ids names the others.
         */
        post: operations["createPortOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/porting-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getPortOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft, or fix an order in exception before resubmitting; 409 invalid_state_transition otherwise */
        patch: operations["updatePortOrder"];
        trace?: never;
    };
    "/v1/numbers/porting-orders/{id}/actions/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel before the FOC date (not within 24 h of it): the porting fee is refunded */
        post: operations["cancelPortOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/porting-orders/{id}/actions/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit (or resubmit after an exception): the porting fee is charged now; 402 balance_insufficient leaves it a draft */
        post: operations["submitPortOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/porting-orders/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["commentOnPortOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/porting-orders/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getPortOrderTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One number: registry facts, billing and routing settings (id pn_... or the E.164 number) */
        get: operations["getNumber"];
        put?: never;
        post?: never;
        /**
         * Release a number now: disconnected upstream at once, no refund of the paid period
         * @description The number stays queryable with status released. 409 minimum_commitment_active inside a minimum commitment (the message says until when); 409 number_not_yet_active while pending.
         */
        delete: operations["releaseNumber"];
        options?: never;
        head?: never;
        /**
         * Change settings; only the fields sent change
         * @description Every part (registry, routing, billing) is validated before any is applied: a bad field anywhere changes nothing. 409 number_not_yet_active while pending, number_released once released.
         */
        patch: operations["updateNumber"];
        trace?: never;
    };
    "/v1/numbers/{id}/actions/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Partners: assign a number to one of your tenants (billing stays with the buyer) */
        post: operations["assignNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/{id}/actions/cancel-renewal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop renewing: the number stays active until paid_until, then is released with no further charge (409 renewal_already_cancelled) */
        post: operations["cancelNumberRenewal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/{id}/actions/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay the next 30-day period now (for auto-renew off, early, or to settle a past-due number)
         * @description One period ahead at most: 409 renewal_not_due while the period after the current one is already paid. 402 balance_insufficient (after auto-recharge) charges nothing. Idempotency-Key is required and kept with the period: a retry answers with the same billing.
         */
        post: operations["renewNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/{id}/actions/resume-renewal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a cancellation before paid_until (409 renewal_not_cancelled) */
        post: operations["resumeNumberRenewal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/{id}/actions/unassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Partners: take a number back from the tenant it is assigned to (a tenant's own purchase goes back to that tenant) */
        post: operations["unassignNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/{id}/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A number's billing: prices, paid_until (= next billing date), auto-renew, cancellation, past-due retry and release dates */
        get: operations["getNumberBilling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/{id}/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a number's country requires on file (end user, documents), and what is missing */
        get: operations["getNumberCompliance"];
        /**
         * Put end-user details and document ids on file (replaces what was there); allowed while the number is pending
         * @description status: met, missing (with what), or not_required.
         */
        put: operations["setNumberCompliance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/numbers/{id}/emergency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A number's 911 service: provisioning, active, failed, deprovisioning or disabled */
        get: operations["getNumberEmergency"];
        /**
         * Give a number an emergency address: provisioning starts now and completes asynchronously (number.emergency_updated); 911 calls are covered once it is active
         * @description 422 emergency_not_supported outside the US and Canada, emergency_address_invalid for an address of another country; 409 number_not_yet_active / number_released.
         */
        put: operations["setNumberEmergency"];
        post?: never;
        /** Remove a number's 911 service (deprovisioning, then disabled); 911 calls from it are rejected from now on */
        delete: operations["clearNumberEmergency"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events a service's consumer gave up on (a deterministic failure), newest first; operator key only */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/dead-letters/{service}/{id}/actions/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-drive one dead letter through its consumer's handler once the cause is fixed (applied once, with its inbox row) */
        post: operations["redriveDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/price-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platform price list and its scheduled changes (operator key only; 403 operator_only otherwise) */
        get: operations["getPriceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/price-list/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a row of the price list from effective_at (at once when omitted or past)
         * @description Numbers already sold keep the prices and usage rates they were bought at; searches, quotes and orders use the new row from effective_at.
         */
        post: operations["schedulePriceChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/price-list/changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel a change not yet applied (409 price_change_not_scheduled otherwise) */
        delete: operations["cancelPriceChange"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per tenant over a period: what the tenant paid, what the platform charged you for it, your margin, and what you transferred (partners only)
         * @description Read from your ledger, net of refunds, in your currency. The period [from, to) is at most 366 days (400 names query.to, rule max:366).
         */
        get: operations["getPartnerStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The acting account's saved cards, oldest first */
        get: operations["listPaymentMethods"];
        put?: never;
        /**
         * Save a card (sandbox processor); only brand, last4 and expiry are kept
         * @description 400 names card_number (rule luhn) or exp_year (rule not_expired).
         */
        post: operations["createPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payment-methods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One saved card */
        get: operations["getPaymentMethod"];
        put?: never;
        post?: never;
        /** Remove a card (409 payment_method_in_use while auto-recharge charges it) */
        delete: operations["deletePaymentMethod"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pricing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The acting account's own prices per country and number type (a tenant's include its partner's markup) */
        get: operations["listPrices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pricing/markups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner's markups for its tenants (403 partner_only for a tenant) */
        get: operations["getMarkups"];
        /** Replace a partner's markups (percent in basis points and/or fixed minor units per item; the most specific scope applies) */
        put: operations["setMarkups"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What an order would cost now (NRC, first 30-day MRC, total), without ordering
         * @description Give phone_numbers or quantity. Search shows the same unit prices.
         */
        post: operations["createQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/held-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Operator only: the latest detail records usage kept aside (malformed, or for a number without rates yet), with the reason */
        get: operations["listHeldUsageRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Call and message detail records with their exact cost, oldest first (a partner sees its tenants' too)
         * @description Keyset-paged by start time: follow meta.next_cursor. With `Accept: text/csv` every matching record (from `cursor` if given; `limit` ignored) is streamed as CSV, one row per record.
         */
        get: operations["listUsageRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Usage summed per UTC day, number, tenant (payer) or kind, with totals: calls, messages, parts, billed minutes and exact cost
         * @description With `Accept: text/csv`, the rows and a final `total` row as CSV.
         */
        get: operations["getUsageReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of the acting account's endpoints, oldest first, with every attempt's time, status code, latency and error */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}/actions/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attempt the delivery again now, with the same webhook-id (409 webhook_endpoint_disabled while its endpoint is disabled) */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the acting account's webhook endpoints (never their secrets) */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Subscribe a URL to events; the signing secret is returned once
         * @description Each POST carries the Standard Webhooks headers webhook-id (the event id, the same on every retry), webhook-timestamp and webhook-signature (v1,<base64 HMAC-SHA256 of id.timestamp.body> keyed with the base64-decoded part of the secret after whsec_). 400 webhook_url_not_allowed for a URL that is not https or resolves to a private, loopback, link-local or metadata address.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete the endpoint with its delivery log; pending deliveries to it are dropped */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /** Change url, events, connection_id, description or enabled; enabling a disabled endpoint resumes its deliveries */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/actions/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new signing secret (returned once); the old one keeps signing, as a second signature, for the overlap period */
        post: operations["rotateWebhookEndpointSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        Account: {
            id: string;
            /** @enum {string} */
            record_type: "account";
            /** @enum {string} */
            type: "partner" | "tenant";
            /** @description The partner of a tenant. Null for partners, and hidden from the tenant itself. */
            parent_id: string | null;
            name: string;
            email: string | null;
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            /** @enum {string} */
            status: "active" | "suspended";
            external_reference: string | null;
            created_at: string;
            updated_at: string;
        };
        AccountList: {
            data: components["schemas"]["Account"][];
            meta: components["schemas"]["ListMeta"];
        };
        /** Format: int32 */
        AmountCents: number;
        ApiKey: {
            id: string;
            /** @enum {string} */
            record_type: "api_key";
            account_id: string;
            name: string;
            /** @description The first characters of the key, to tell keys apart. */
            prefix: string;
            /** @enum {string} */
            status: "active" | "revoked";
            created_at: string;
            /** @description Updated at most once a minute. */
            last_used_at: string | null;
            revoked_at: string | null;
        };
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            meta: components["schemas"]["ListMeta"];
        };
        AutoRecharge: {
            enabled: boolean;
            /** Format: int64 */
            threshold_cents: number;
            /** Format: int64 */
            amount_cents: number;
            payment_method_id: string | null;
        };
        AvailableNumber: {
            phone_number: string;
            country_code: string;
            region: string | null;
            locality: string | null;
            rate_center: string | null;
            national_destination_code: string | null;
            /** @enum {string} */
            number_type: "local" | "toll_free" | "national" | "mobile";
            capabilities: ("voice" | "sms" | "mms" | "fax")[];
            pricing: components["schemas"]["NumberPricing"];
        };
        AvailableSummaryReply: {
            data: {
                region: string | null;
                name: string | null;
                /** Format: int64 */
                count: number;
            }[];
            meta: {
                /**
                 * Format: int64
                 * @description Items matching the filters, on every page; null where counting them would mean scanning the registry or the usage records.
                 */
                total: number | null;
                /** @description Pass as `cursor` to get the next page; null on the last page (and on lists that are never paged). */
                next_cursor: string | null;
                /** @enum {string} */
                group_by: "locality" | "rate_center";
            };
        };
        Balance: {
            /** @enum {string} */
            record_type: "balance";
            account_id: string;
            wallet_id: string;
            /** Format: int64 */
            balance_cents: number;
            /**
             * Format: int64
             * @description Usage the balance could not pay when it was charged; the next top-up pays it first. While above 0, new non-emergency calls to the account's numbers are refused.
             */
            owed_cents: number;
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            auto_recharge: components["schemas"]["AutoRecharge"];
            updated_at: string;
        };
        BuyerPrice: {
            /** @enum {string} */
            country_code: "US" | "CA" | "GB" | "IN";
            /** @enum {string} */
            number_type: "local" | "toll_free" | "national" | "mobile";
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            /**
             * Format: int64
             * @description One-time activation fee (NRC).
             */
            setup_fee_cents: number;
            /**
             * Format: int64
             * @description Recurring fee per 30-day cycle (MRC).
             */
            monthly_fee_cents: number;
            /** @description Calls and messages, exact, in micro-units (millionths of a minor unit: 850000 = 0.85 cents). Charged in arrears; a number keeps the rates it was bought at. */
            usage_rates: components["schemas"]["UsageRates"];
            /**
             * Format: int64
             * @description Months a number must be kept once bought (0: none); releasing or cancelling renewal earlier is refused.
             */
            minimum_commitment_months: number;
            /**
             * Format: int64
             * @description Fee per carrier lookup.
             */
            lookup_carrier_cents: number;
            /**
             * Format: int64
             * @description Fee per caller-name (CNAM) lookup.
             */
            lookup_caller_name_cents: number;
        };
        Cnam: string;
        Connection: {
            id: string;
            /** @enum {string} */
            record_type: "connection";
            account_id: string;
            name: string;
            is_default: boolean;
            active: boolean;
            webhook_event_url: string | null;
            /**
             * Format: int64
             * @description Numbers held now that are grouped under it.
             */
            number_count: number;
            created_at: string;
            updated_at: string;
        };
        ConnectionList: {
            data: components["schemas"]["Connection"][];
            meta: components["schemas"]["ListMeta"];
        };
        CreatedApiKey: {
            id: string;
            /** @enum {string} */
            record_type: "api_key";
            account_id: string;
            name: string;
            /** @description The first characters of the key, to tell keys apart. */
            prefix: string;
            /** @enum {string} */
            status: "active" | "revoked";
            created_at: string;
            /** @description Updated at most once a minute. */
            last_used_at: string | null;
            revoked_at: string | null;
            /** @description The key itself. Shown only in this response: store it now. */
            secret: string;
        };
        CreatedWebhookEndpoint: {
            id: string;
            /** @enum {string} */
            record_type: "webhook_endpoint";
            account_id: string;
            url: string;
            events: string[];
            connection_id: string | null;
            description: string | null;
            include_tenants: boolean;
            enabled: boolean;
            /**
             * @description Why the endpoint is disabled: by you, by a 410 answer, or after failing continuously.
             * @enum {string|null}
             */
            disabled_reason: "manual" | "gone" | "failing" | null;
            secret_rotated_at: string | null;
            /** @description Until then, deliveries carry a signature with the previous secret too. */
            previous_secret_expires_at: string | null;
            created_at: string;
            updated_at: string;
            /** @description The signing secret (whsec_...). Shown only in this response: store it now. */
            secret: string;
        };
        CsrCoverageReply: {
            data: components["schemas"]["CsrCoverageResult"][];
        };
        CsrCoverageResult: {
            phone_number: string;
            available: boolean;
            reason: string | null;
            losing_carrier: string | null;
            account_name: string | null;
            account_number: string | null;
            billing_telephone_number: string | null;
            service_address: {
                [key: string]: unknown;
            } | null;
        };
        DeadLetter: {
            id: string;
            /** @enum {string} */
            record_type: "dead_letter";
            service: string;
            /** @description The durable consumer that gave up on the event. */
            consumer: string;
            event_id: string;
            event_type: string;
            subject: string;
            /** @description The message as it arrived (the event envelope). */
            payload: string;
            /** @description Why the last attempt failed. */
            error: string;
            /** Format: int64 */
            attempts: number;
            failed_at: string;
        };
        DeadLetterList: {
            data: components["schemas"]["DeadLetter"][];
            meta: components["schemas"]["ListMeta"];
        };
        Delivery: {
            id: string;
            /** @enum {string} */
            record_type: "webhook_delivery";
            endpoint_id: string;
            /** @description Also the webhook-id header: the same on every attempt, so receivers can drop duplicates. */
            event_id: string;
            event_type: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            /** Format: int64 */
            attempt_count: number;
            next_attempt_at: string | null;
            attempts: components["schemas"]["DeliveryAttempt"][];
            created_at: string;
            updated_at: string;
        };
        DeliveryAttempt: {
            attempted_at: string;
            /**
             * Format: int64
             * @description The HTTP status answered; null when there was no answer (timeout, network error, refused address).
             */
            status_code: number | null;
            /** Format: int64 */
            latency_ms: number;
            error: string | null;
            /** @description The W3C trace id the POST carried in `traceparent`: the one of the API call that caused the event (its access log line has it too). Null for events no traced call caused. */
            trace_id: string | null;
        };
        DeliveryList: {
            data: components["schemas"]["Delivery"][];
            meta: components["schemas"]["ListMeta"];
        };
        E164: string;
        EffectiveSettings: {
            cnam_display_name: string | null;
            caller_id: string;
            recording: boolean;
            /** Format: int64 */
            max_channels: number;
            /** @description True when the number has its own voice_destination; else the unconfigured-number behaviour applies. */
            configured: boolean;
        };
        EmergencyAddress: {
            street_address: string;
            extended_address: string | null;
            locality: string;
            administrative_area: string;
            postal_code: string;
            country_code: string;
            id: string;
            /** @enum {string} */
            record_type: "emergency_address";
            account_id: string;
            /**
             * Format: int64
             * @description Numbers whose 911 service uses this address (provisioning or active).
             */
            number_count: number;
            created_at: string;
        };
        EmergencyAddressList: {
            data: components["schemas"]["EmergencyAddress"][];
            meta: components["schemas"]["ListMeta"];
        };
        EventList: {
            data: components["schemas"]["EventRecord"][];
            meta: components["schemas"]["ListMeta"];
        };
        EventRecord: {
            id: string;
            /** @enum {string} */
            record_type: "event";
            type: string;
            /** Format: int64 */
            version: number;
            occurred_at: string;
            account_id: string;
            connection_id: string | null;
            data: {
                [key: string]: unknown;
            };
        };
        FieldViolation: {
            /**
             * @description The field path, dotted (e.g. `phone_numbers.0`).
             * @example name
             */
            field: string;
            /**
             * @description The rule broken (too_small, invalid_type, unknown_field, ...).
             * @example too_small
             */
            rule: string;
            /** @example Too small: expected string to have >=1 characters */
            message: string;
        };
        HeldRecord: {
            id: string;
            record_id: string | null;
            phone_number: string | null;
            /** @description When the usage happened, if the record could be read. */
            record_time: string | null;
            /** @description malformed: <the rule it broke>, or number_unknown (rated as soon as the number's rates arrive). */
            reason: string;
            payload: string;
            received_at: string;
        };
        HeldRecordList: {
            data: components["schemas"]["HeldRecord"][];
            meta: components["schemas"]["ListMeta"];
        };
        LedgerEntry: {
            id: string;
            /** @enum {string} */
            record_type: "ledger_entry";
            account_id: string;
            wallet_id: string;
            /** @enum {string} */
            kind: "top_up" | "order_charge" | "refund" | "renewal" | "lookup_fee" | "adjustment" | "usage" | "transfer" | "tenant_payment";
            /**
             * Format: int64
             * @description Signed: credits are positive, debits negative.
             */
            amount_cents: number;
            /** Format: int64 */
            balance_after_cents: number;
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            /**
             * Format: int64
             * @description 1, 2, 3... per wallet: each entry follows the previous one.
             */
            sequence: number;
            /** @description What the entry is for, e.g. the payment or order id. */
            reference: string | null;
            description: string;
            created_at: string;
        };
        LedgerEntryList: {
            data: components["schemas"]["LedgerEntry"][];
            meta: components["schemas"]["ListMeta"];
        };
        ListMeta: {
            /**
             * Format: int64
             * @description Items matching the filters, on every page; null where counting them would mean scanning the registry or the usage records.
             */
            total: number | null;
            /** @description Pass as `cursor` to get the next page; null on the last page (and on lists that are never paged). */
            next_cursor: string | null;
        };
        MarkupSet: {
            /** @enum {string} */
            record_type: "markup_set";
            partner_id: string;
            markups: components["schemas"]["PartnerMarkup"][];
            updated_at: string | null;
        };
        NumberBilling: {
            /** @enum {string} */
            record_type: "number_billing";
            number_id: string;
            phone_number: string;
            /** @description The account that bought the number and pays for it. */
            account_id: string;
            order_id: string;
            /** @enum {string} */
            status: "active" | "past_due" | "ended";
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            /** Format: int64 */
            setup_fee_cents: number;
            /** Format: int64 */
            monthly_fee_cents: number;
            is_trial_number: boolean;
            /** Format: int64 */
            minimum_commitment_months: number;
            commitment_ends_at: string | null;
            /** @description What calls and messages to this number cost, fixed when it was bought (micro-units; null for a number bought before usage billing). */
            usage_rates: components["schemas"]["UsageRates"] | null;
            auto_renew: boolean;
            cancel_at_period_end: boolean;
            /** @description Activation: the first 30-day cycle starts here. */
            billing_started_at: string | null;
            last_billed_at: string | null;
            /** @description The end of the paid period = the next billing date. */
            paid_until: string | null;
            next_billing_date: string | null;
            next_retry_at: string | null;
            /** @description When past due: released then unless paid. */
            release_at: string | null;
            ended_at: string | null;
        };
        NumberCompliance: {
            /** @enum {string} */
            record_type: "number_compliance";
            number_id: string;
            phone_number: string;
            country_code: string;
            /** @enum {string} */
            status: "not_required" | "missing" | "met";
            missing: string[];
            end_user: {
                first_name?: string;
                last_name?: string;
                contact_phone?: components["schemas"]["E164"];
                company_name?: string;
            };
            document_ids: string[];
            updated_at: string | null;
        };
        NumberEmergency: {
            /** @enum {string} */
            record_type: "number_emergency";
            number_id: string;
            phone_number: string;
            /** @enum {string} */
            status: "provisioning" | "active" | "failed" | "deprovisioning" | "disabled";
            emergency_address_id: string | null;
            failure_reason: string | null;
            updated_at: string | null;
        };
        NumberId: string;
        NumberLookup: {
            phone_number: string;
            valid: boolean;
            country_code: string | null;
            line_type: string | null;
            carrier_name: string | null;
            caller_name: {
                name: string;
                /** @enum {string} */
                type: "business" | "consumer";
            } | null;
            /** @enum {string} */
            record_type: "number_lookup";
            id: string;
            /** @enum {string} */
            type: "carrier" | "caller-name";
            /** Format: int64 */
            fee_cents: number;
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            looked_up_at: string;
        };
        NumberOrder: {
            id: string;
            /** @enum {string} */
            record_type: "number_order";
            account_id: string;
            /** @enum {string} */
            status: "pending" | "success" | "partial_success" | "failure";
            country_code: string;
            /** @enum {string} */
            number_type: "local" | "toll_free" | "national" | "mobile";
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            /**
             * Format: int64
             * @description NRC plus the first 30-day MRC of every number, debited when the order was placed.
             */
            total_charged_cents: number;
            /**
             * Format: int64
             * @description Refunds of numbers that failed to activate.
             */
            total_refunded_cents: number;
            customer_reference: string | null;
            phone_numbers: components["schemas"]["OrderedNumber"][];
            created_at: string;
            completed_at: string | null;
        };
        NumberOrderList: {
            data: components["schemas"]["NumberOrder"][];
            meta: components["schemas"]["ListMeta"];
        };
        NumberPricing: {
            /** Format: int64 */
            setup_fee_cents: number;
            /** Format: int64 */
            monthly_fee_cents: number;
            currency: string;
            /** @description What calls and messages to the number cost, exact, in micro-units (millionths of a minor unit), with the billing increments. */
            usage_rates: components["schemas"]["UsageRates"];
            /**
             * Format: int64
             * @description Months the number must be kept once bought (0: none).
             */
            minimum_commitment_months: number;
        };
        OrderedNumber: {
            /** @description The number id (pn_...), also used by /v1/numbers/{id}. */
            id: string;
            /** @enum {string} */
            record_type: "phone_number";
            e164: string;
            phone_number: string;
            country_code: string;
            /** @enum {string} */
            number_type: "local" | "toll_free" | "national" | "mobile";
            capabilities: ("voice" | "sms" | "mms" | "fax")[];
            /**
             * @description pending until the carrier activates it; purchase_failed when it could not (charges refunded).
             * @enum {string}
             */
            status: "pending" | "active" | "purchase_failed" | "released";
            /**
             * @description This number in the order: pending, success or failure.
             * @enum {string}
             */
            order_status: "pending" | "success" | "failure";
            error_code: string | null;
            error_message: string | null;
            /** Format: int64 */
            setup_fee_cents: number;
            /** Format: int64 */
            monthly_fee_cents: number;
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            is_trial_number: boolean;
            auto_renew: boolean;
            customer_reference: string | null;
            ordered_at: string;
            activated_at: string | null;
            released_at: string | null;
        };
        PartnerMarkup: {
            /**
             * @description Only this country; null for every country.
             * @default null
             * @enum {string|null}
             */
            country_code: "US" | "CA" | "GB" | "IN" | null;
            /**
             * @description Only this number type; null for every type.
             * @default null
             * @enum {string|null}
             */
            number_type: "local" | "toll_free" | "national" | "mobile" | null;
            /**
             * Format: int32
             * @description Percent on every item in basis points (1500 = 15%), rounded half-up to the minor unit.
             * @default 0
             */
            percent_basis_points: number;
            /**
             * Format: int32
             * @description Fixed amount added to the setup fee, in minor units of the price currency.
             * @default 0
             */
            setup_fee_cents: number;
            /**
             * Format: int32
             * @description Fixed amount added to the monthly fee.
             * @default 0
             */
            monthly_fee_cents: number;
            /**
             * Format: int32
             * @description Fixed amount added to the per-minute charge.
             * @default 0
             */
            per_minute_cents: number;
            /**
             * Format: int32
             * @description Fixed amount added to the connection fee.
             * @default 0
             */
            connection_cents: number;
        };
        PartnerMarkupInput: {
            /**
             * @description Only this country; null for every country.
             * @enum {string|null}
             */
            country_code?: "US" | "CA" | "GB" | "IN" | null;
            /**
             * @description Only this number type; null for every type.
             * @default null
             * @enum {string|null}
             */
            number_type: "local" | "toll_free" | "national" | "mobile" | null;
            /**
             * Format: int32
             * @description Percent on every item in basis points (1500 = 15%), rounded half-up to the minor unit.
             * @default 0
             */
            percent_basis_points: number;
            /**
             * Format: int32
             * @description Fixed amount added to the setup fee, in minor units of the price currency.
             * @default 0
             */
            setup_fee_cents: number;
            /**
             * Format: int32
             * @description Fixed amount added to the monthly fee.
             * @default 0
             */
            monthly_fee_cents: number;
            /**
             * Format: int32
             * @description Fixed amount added to the per-minute charge.
             * @default 0
             */
            per_minute_cents: number;
            /**
             * Format: int32
             * @description Fixed amount added to the connection fee.
             * @default 0
             */
            connection_cents: number;
        };
        PartnerStatement: {
            /** @enum {string} */
            record_type: "partner_statement";
            account_id: string;
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            from: string;
            to: string;
            /** @description One row per tenant with entries in the period, by tenant id. */
            data: {
                tenant_account_id: string;
                /**
                 * Format: int64
                 * @description What the tenant paid for its charges, net of refunds (tenant_payment entries).
                 */
                tenant_paid_cents: number;
                /**
                 * Format: int64
                 * @description What the platform charged you for them, net of refunds.
                 */
                platform_charged_cents: number;
                /**
                 * Format: int64
                 * @description tenant_paid_cents - platform_charged_cents.
                 */
                margin_cents: number;
                /**
                 * Format: int64
                 * @description What you moved to the tenant's balance.
                 */
                transferred_cents: number;
            }[];
            totals: {
                /**
                 * Format: int64
                 * @description What the tenant paid for its charges, net of refunds (tenant_payment entries).
                 */
                tenant_paid_cents: number;
                /**
                 * Format: int64
                 * @description What the platform charged you for them, net of refunds.
                 */
                platform_charged_cents: number;
                /**
                 * Format: int64
                 * @description tenant_paid_cents - platform_charged_cents.
                 */
                margin_cents: number;
                /**
                 * Format: int64
                 * @description What you moved to the tenant's balance.
                 */
                transferred_cents: number;
            };
        };
        PaymentMethod: {
            id: string;
            /** @enum {string} */
            record_type: "payment_method";
            account_id: string;
            /** @enum {string} */
            brand: "visa" | "mastercard" | "amex" | "discover" | "unknown";
            last4: string;
            /** Format: int64 */
            exp_month: number;
            /** Format: int64 */
            exp_year: number;
            created_at: string;
        };
        PaymentMethodList: {
            data: components["schemas"]["PaymentMethod"][];
            meta: components["schemas"]["ListMeta"];
        };
        PhoneNumber: {
            /** @description pn_...: also accepted wherever {id} is, as is the E.164 number. */
            id: string;
            /** @enum {string} */
            record_type: "phone_number";
            e164: string;
            phone_number: string;
            country_code: string;
            region: string | null;
            locality: string | null;
            rate_center: string | null;
            /** @enum {string} */
            number_type: "local" | "toll_free" | "national" | "mobile";
            capabilities: ("voice" | "sms" | "mms" | "fax")[];
            /** @enum {string} */
            status: "pending" | "active" | "released" | "porting_in" | "purchase_failed";
            /** @description Why a pending number is not active yet (awaiting_compliance, awaiting_order_compliance), or the failure code of a purchase_failed one; null otherwise. */
            status_reason: string | null;
            /** @enum {string} */
            source: "purchased" | "ported";
            /** @description Who bought it and pays for it. */
            owner_account_id: string | null;
            /** @description The tenant it is assigned to, if any. */
            tenant_account_id: string | null;
            connection_id: string | null;
            tags: string[];
            description: string | null;
            customer_reference: string | null;
            order_id: string | null;
            /** @enum {string|null} */
            currency: "USD" | "GBP" | "INR" | "CAD" | null;
            /** Format: int64 */
            setup_fee_cents: number | null;
            /** Format: int64 */
            monthly_fee_cents: number | null;
            is_trial_number: boolean | null;
            /** Format: int64 */
            minimum_commitment_months: number | null;
            /** @enum {string|null} */
            billing_status: "active" | "past_due" | "ended" | null;
            auto_renew: boolean | null;
            cancel_at_period_end: boolean | null;
            billing_started_at: string | null;
            last_billed_at: string | null;
            paid_until: string | null;
            next_billing_date: string | null;
            purchased_at: string | null;
            activated_at: string | null;
            released_at: string | null;
            cnam_display_name: string | null;
            cnam_lookup_enabled: boolean | null;
            caller_id: string | null;
            tech_prefix_enabled: boolean | null;
            /** @enum {string|null} */
            inbound_call_screening: "disabled" | "flag_calls" | "reject_calls" | null;
            messaging_enabled: boolean | null;
            recording: boolean | null;
            /** Format: int64 */
            max_channels: number | null;
            voice_destination: components["schemas"]["VoiceDestination"] | null;
            sms_routing: components["schemas"]["SmsRouting"] | null;
            effective: components["schemas"]["EffectiveSettings"] | null;
            created_at: string | null;
            updated_at: string;
        };
        PhoneNumberList: {
            data: components["schemas"]["PhoneNumber"][];
            meta: components["schemas"]["ListMeta"];
        };
        PortAddress: {
            street: string;
            city: string;
            region?: string | null;
            postal_code: string;
            country_code: string;
        };
        PortEndUser: {
            /** @description Account holder as on the bill. */
            name: string;
            company?: string | null;
            service_address: components["schemas"]["PortAddress"];
            /** @description Account number at the losing carrier. */
            account_number: string;
            /** @description Port-out PIN; never shown back. */
            pin?: string | null;
            billing_telephone_number?: (string & components["schemas"]["E164"]) | null;
        };
        PortOrder: {
            id: string;
            /** @enum {string} */
            record_type: "porting_order";
            account_id: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "in_progress" | "approved" | "exception" | "completed" | "cancelled" | "failed";
            status_detail: string;
            parent_order_id: string | null;
            related_order_ids: string[];
            country_code: string;
            losing_carrier: string | null;
            /** @enum {string} */
            use: "business" | "personal";
            end_user: {
                name: string;
                company: string | null;
                service_address: {
                    [key: string]: unknown;
                };
                account_number: string;
                pin_set: boolean;
                billing_telephone_number: string | null;
            };
            requested_foc_date: string;
            foc_date: string | null;
            documents: string[];
            user_feedback: {
                comment: string | null;
            };
            customer_reference: string | null;
            exception: {
                /** @enum {string} */
                code: "account_number_mismatch" | "pin_invalid" | "name_mismatch" | "address_mismatch" | "number_not_portable" | "foc_rejected" | "documents_unreadable";
                message: string;
                remediation: string;
                raised_at: string;
            } | null;
            phone_numbers: components["schemas"]["PortOrderNumber"][];
            fees: {
                currency: string;
                /** Format: int64 */
                charged_cents: number;
                /** Format: int64 */
                refunded_cents: number;
            };
            /** Format: int64 */
            submissions: number;
            created_at: string;
            updated_at: string;
            submitted_at: string | null;
            completed_at: string | null;
            cancelled_at: string | null;
        };
        PortOrderList: {
            data: components["schemas"]["PortOrder"][];
            meta: components["schemas"]["ListMeta"];
        };
        PortOrderNumber: {
            phone_number: string;
            number_id: string | null;
            /** @enum {string|null} */
            number_type: "local" | "toll_free" | "national" | "mobile" | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "in_progress" | "approved" | "exception" | "ported" | "not_portable" | "cancelled" | "failed";
            portable: boolean | null;
            fast_portable: boolean | null;
            not_portable_reason: string | null;
            status_detail: string | null;
            /** Format: int64 */
            fee_cents: number | null;
            fee_refunded: boolean;
        };
        PortRange: {
            start: components["schemas"]["E164"];
            end: components["schemas"]["E164"];
        };
        PortTimeline: {
            order_id: string;
            data: components["schemas"]["PortTimelineEntry"][];
        };
        PortTimelineEntry: {
            id: string;
            at: string;
            /** @enum {string} */
            kind: "created" | "status_changed" | "numbers_dropped" | "foc_set" | "exception" | "updated" | "fee_charged" | "fee_refunded" | "comment" | "numbers_ready" | "numbers_activated";
            /** @enum {string} */
            actor: "customer" | "carrier" | "platform";
            /** @enum {string|null} */
            from_status: "draft" | "submitted" | "in_progress" | "approved" | "exception" | "completed" | "cancelled" | "failed" | null;
            /** @enum {string|null} */
            to_status: "draft" | "submitted" | "in_progress" | "approved" | "exception" | "completed" | "cancelled" | "failed" | null;
            message: string;
            data: {
                [key: string]: unknown;
            };
        };
        PortabilityCheckReply: {
            data: components["schemas"]["PortabilityCheckResult"][];
        };
        PortabilityCheckResult: {
            phone_number: string;
            portable: boolean;
            fast_portable: boolean;
            not_portable_reason: string | null;
            losing_carrier: string | null;
            country_code: string | null;
            /** @enum {string|null} */
            number_type: "local" | "toll_free" | "national" | "mobile" | null;
            error: {
                code: string;
                message: string;
            } | null;
        };
        PortingDocument: {
            id: string;
            /** @enum {string} */
            record_type: "porting_document";
            account_id: string;
            /** @enum {string} */
            document_type: "loa" | "invoice" | "other";
            filename: string | null;
            /** @enum {string} */
            content_type: "application/pdf" | "image/png" | "image/jpeg";
            /** Format: int64 */
            size_bytes: number;
            sha256: string;
            /** Format: int64 */
            chunks: number;
            created_at: string;
        };
        PriceItems: {
            /** Format: int32 */
            setup_fee_cents?: number;
            /** Format: int32 */
            monthly_fee_cents?: number;
            /** Format: int32 */
            lookup_carrier_cents?: number;
            /** Format: int32 */
            lookup_caller_name_cents?: number;
            /** Format: int32 */
            porting_fee_cents?: number;
            /**
             * Format: int32
             * @description Months a number bought from then on must be kept; shown before purchase.
             */
            minimum_commitment_months?: number;
            /** @description Usage rates of numbers bought from then on, micro-units; numbers already sold keep theirs. */
            usage_rates?: {
                /** Format: int64 */
                inbound_per_minute_micros?: number;
                /** Format: int64 */
                outbound_per_minute_micros?: number;
                /**
                 * Format: int64
                 * @description Per answered call.
                 */
                connect_fee_micros?: number;
                /** Format: int32 */
                billing_initial_seconds?: number;
                /** Format: int32 */
                billing_increment_seconds?: number;
                /**
                 * Format: int64
                 * @description Per message part received.
                 */
                message_inbound_micros?: number;
                /**
                 * Format: int64
                 * @description Per message part sent.
                 */
                message_outbound_micros?: number;
                /**
                 * Format: int64
                 * @description Per call whose caller name the edge looked up.
                 */
                cnam_lookup_micros?: number;
            };
        };
        PriceList: {
            /** @enum {string} */
            record_type: "price_list";
            data: components["schemas"]["PriceListRow"][];
            scheduled_changes: components["schemas"]["PriceListChange"][];
        };
        PriceListChange: {
            id: string;
            /** @enum {string} */
            record_type: "price_list_change";
            country_code: string;
            number_type: string;
            currency: string;
            effective_at: string;
            changes: components["schemas"]["PriceItems"];
            /** @enum {string} */
            status: "scheduled" | "applied" | "cancelled";
            applied_at: string | null;
            created_at: string;
        };
        PriceListRow: {
            country_code: string;
            number_type: string;
            currency: string;
            /** Format: int64 */
            setup_fee_cents: number;
            /** Format: int64 */
            monthly_fee_cents: number;
            /** Format: int64 */
            lookup_carrier_cents: number;
            /** Format: int64 */
            lookup_caller_name_cents: number;
            /** Format: int64 */
            porting_fee_cents: number;
            /** Format: int64 */
            minimum_commitment_months: number;
            usage_rates: components["schemas"]["UsageRates"];
            updated_at: string;
        };
        PricingList: {
            /** @enum {string} */
            record_type: "pricing";
            account_id: string;
            /**
             * @description The account currency; a country sold only in another currency is listed in that one.
             * @enum {string}
             */
            currency: "USD" | "GBP" | "INR" | "CAD";
            data: components["schemas"]["BuyerPrice"][];
        };
        /** @description An RFC 9457 problem. Branch on `code` (stable); `detail` is for people and may change. */
        Problem: {
            /**
             * Format: uri-reference
             * @description `/docs/errors#<code>`, relative to the API address: the error catalogue entry.
             * @example /docs/errors#validation_failed
             */
            type: string;
            /**
             * @description The HTTP status in words.
             * @example Bad Request
             */
            title: string;
            /**
             * Format: int32
             * @example 400
             */
            status: number;
            /**
             * @description What went wrong, for people.
             * @example The request is invalid: see errors.
             */
            detail: string;
            /**
             * @description The stable machine code; every code is explained at /docs/errors.
             * @enum {string}
             */
            code: "account_access_denied" | "account_id_required" | "account_not_found" | "api_key_already_revoked" | "api_key_invalid" | "api_key_malformed" | "api_key_missing" | "api_key_not_found" | "api_key_revoked" | "balance_insufficient" | "carrier_unavailable" | "connection_in_use" | "connection_not_found" | "currency_mismatch" | "dead_letter_consumer_unknown" | "dead_letter_not_found" | "default_connection_undeletable" | "document_too_large" | "document_type_unsupported" | "emergency_address_in_use" | "emergency_address_invalid" | "emergency_address_not_found" | "emergency_not_supported" | "idempotency_key_invalid" | "idempotency_key_required" | "idempotency_key_reused" | "idempotency_request_in_progress" | "internal_error" | "invalid_state_transition" | "malformed_body" | "minimum_commitment_active" | "not_your_tenant" | "number_already_released" | "number_not_found" | "number_not_yet_active" | "number_order_not_found" | "number_released" | "number_settings_invalid" | "number_unavailable" | "operator_only" | "order_in_progress" | "partner_only" | "payload_too_large" | "payment_declined" | "payment_method_expired" | "payment_method_in_use" | "payment_method_not_found" | "payment_processor_timeout" | "porting_cancel_window_closed" | "porting_document_not_found" | "porting_document_quota_exceeded" | "porting_order_not_found" | "price_change_not_found" | "price_change_not_scheduled" | "price_not_found" | "rate_limit_exceeded" | "renewal_already_cancelled" | "renewal_not_cancelled" | "renewal_not_due" | "reservation_expired" | "reservation_limit_exceeded" | "reservation_not_found" | "reservation_released" | "route_not_found" | "service_timeout" | "service_unavailable" | "tenant_cannot_have_subaccounts" | "unknown_field" | "unsupported_media_type" | "validation_failed" | "wallet_not_found" | "webhook_delivery_not_found" | "webhook_endpoint_disabled" | "webhook_endpoint_not_found" | "webhook_url_not_allowed";
            /**
             * Format: uri-reference
             * @description The request path.
             * @example /v1/accounts
             */
            instance?: string;
            /** @description One entry per field that broke a rule (validation errors only). */
            errors?: components["schemas"]["FieldViolation"][];
            /**
             * Format: uuid
             * @description Only on 500: quote it to support; it finds the failure in the logs.
             */
            error_id?: string;
        };
        QuantityFilters: {
            region?: string;
            locality: string;
            rate_center?: string;
            national_destination_code?: string;
            nxx?: string;
            features?: ("voice" | "sms" | "mms" | "fax")[];
            starts_with?: string;
            ends_with?: string;
            contains?: string;
        };
        Quote: {
            /** @enum {string} */
            record_type: "quote";
            account_id: string;
            /** @enum {string} */
            country_code: "US" | "CA" | "GB" | "IN";
            /** @enum {string} */
            number_type: "local" | "toll_free" | "national" | "mobile";
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            /** Format: int64 */
            quantity: number;
            phone_numbers: string[] | null;
            /** Format: int64 */
            setup_fee_cents: number;
            /** Format: int64 */
            monthly_fee_cents: number;
            /** @description What calls and messages to these numbers will cost, in micro-units (see GET /v1/pricing). */
            usage_rates: components["schemas"]["UsageRates"];
            /** Format: int64 */
            minimum_commitment_months: number;
            /**
             * Format: int64
             * @description Setup fees of every number.
             */
            setup_fee_total_cents: number;
            /**
             * Format: int64
             * @description The first 30-day cycle of every number, paid in advance.
             */
            monthly_fee_total_cents: number;
            /**
             * Format: int64
             * @description setup_fee_total_cents + monthly_fee_total_cents: what an order would debit now.
             */
            total_cents: number;
            quoted_at: string;
        };
        RedriveResult: {
            /** @enum {string} */
            record_type: "dead_letter_redrive";
            id: string;
            event_id: string;
            consumer: string;
            /**
             * @description applied: the consumer handled it now; already_applied: its inbox had it (nothing done twice).
             * @enum {string}
             */
            outcome: "applied" | "already_applied";
        };
        RegistryNumber: {
            number_id: components["schemas"]["NumberId"];
            phone_number: string;
            country_code: string;
            /** @enum {string} */
            number_type: "local" | "toll_free" | "national" | "mobile";
            region: string | null;
            locality: string | null;
            rate_center: string | null;
            capabilities: ("voice" | "sms" | "mms" | "fax")[];
            /** @enum {string} */
            status: "pending" | "active" | "released" | "porting_in" | "purchase_failed";
            status_reason: string | null;
            owner_account_id: string | null;
            tenant_account_id: string | null;
            order_id: string | null;
            connection_id: string | null;
            tags: string[];
            description: string | null;
            customer_reference: string | null;
            /** @enum {string} */
            source: "purchased" | "ported";
            purchased_at: string | null;
            activated_at: string | null;
            released_at: string | null;
            updated_at: string;
        };
        Reservation: {
            id: string;
            /** @enum {string} */
            record_type: "number_reservation";
            account_id: string;
            /** @enum {string} */
            status: "pending" | "expired" | "released";
            phone_numbers: {
                phone_number: string;
                /** @enum {string} */
                status: "reserved" | "expired" | "released";
            }[];
            customer_reference: string | null;
            expires_at: string;
            created_at: string;
            updated_at: string;
        };
        ReservationList: {
            data: components["schemas"]["Reservation"][];
            meta: components["schemas"]["ListMeta"];
        };
        SearchAvailableReply: {
            data: components["schemas"]["AvailableNumber"][];
            meta: {
                /**
                 * Format: int64
                 * @description Items matching the filters, on every page; null where counting them would mean scanning the registry or the usage records.
                 */
                total: number | null;
                /** @description Pass as `cursor` to get the next page; null on the last page (and on lists that are never paged). */
                next_cursor: string | null;
                /** @description True when more than 1000 numbers match (total is then 1000). */
                total_capped: boolean;
            };
        };
        SmsRouting: {
            enabled: boolean;
            /**
             * @default null
             * @enum {string|null}
             */
            inbox_type: "shared_inbox" | "user_inbox" | null;
            /** @default null */
            inbox: string | null;
            /** @default [] */
            destinations: {
                /** @enum {string} */
                type: "team_member" | "team" | "ai_agent" | "webhook";
                target: string;
            }[];
        };
        SmsRoutingInput: {
            enabled: boolean;
            /**
             * @default null
             * @enum {string|null}
             */
            inbox_type: "shared_inbox" | "user_inbox" | null;
            /** @default null */
            inbox: string | null;
            /** @default [] */
            destinations: {
                /** @enum {string} */
                type: "team_member" | "team" | "ai_agent" | "webhook";
                target: string;
            }[];
        };
        TenantDefaults: {
            /** @enum {string} */
            record_type: "account_defaults";
            account_id: string;
            /** @description CNAM of numbers without their own; null: none. */
            cnam_display_name: string | null;
            unconfigured_number: components["schemas"]["UnconfiguredBehaviour"];
            recording: boolean;
            /** Format: int64 */
            max_channels: number;
            /** @description null while the account has never changed them (platform defaults). */
            updated_at: string | null;
        };
        TopUp: {
            id: string;
            /** @enum {string} */
            record_type: "top_up";
            account_id: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            /** Format: int64 */
            amount_cents: number;
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            payment_method_id: string;
            processor_charge_id: string | null;
            ledger_entry_id: string | null;
            /**
             * Format: int64
             * @description The wallet balance right after this top-up was credited.
             */
            balance_cents: number;
            created_at: string;
        };
        Transfer: {
            id: string;
            /** @enum {string} */
            record_type: "transfer";
            /** @description The partner the money left. */
            account_id: string;
            tenant_account_id: string;
            /** Format: int64 */
            amount_cents: number;
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            description: string | null;
            /**
             * Format: int64
             * @description The partner's balance right after the transfer.
             */
            balance_after_cents: number;
            created_at: string;
        };
        UnconfiguredBehaviour: {
            /** @enum {string} */
            action: "announcement";
            /** @default The number you have called is not configured. Goodbye. */
            message: string;
        } | {
            /** @enum {string} */
            action: "reject";
        } | {
            /** @enum {string} */
            action: "route";
            destination: components["schemas"]["VoiceDestination"];
        };
        UnconfiguredBehaviourInput: {
            /** @enum {string} */
            action: "announcement";
            /** @default The number you have called is not configured. Goodbye. */
            message: string;
        } | {
            /** @enum {string} */
            action: "reject";
        } | {
            /** @enum {string} */
            action: "route";
            destination: components["schemas"]["VoiceDestination"];
        };
        UpcomingCharge: {
            number_id: string;
            phone_number: string;
            due_at: string;
            /** Format: int64 */
            amount_cents: number;
            /** @enum {string} */
            status: "active" | "past_due" | "ended";
            /** @description Whether the balance, after every earlier charge in this list, still covers this one. */
            covered: boolean;
        };
        UpcomingCharges: {
            /** @enum {string} */
            record_type: "upcoming_charges";
            account_id: string;
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            /** Format: int64 */
            balance_cents: number;
            /** Format: int64 */
            total_due_cents: number;
            /** @description The balance covers every charge in the window. */
            covered: boolean;
            /** Format: int64 */
            shortfall_cents: number;
            until: string;
            data: components["schemas"]["UpcomingCharge"][];
        };
        UsageRates: {
            /** Format: int64 */
            inbound_per_minute_micros: number;
            /** Format: int64 */
            outbound_per_minute_micros: number;
            /**
             * Format: int64
             * @description Per answered call.
             */
            connect_fee_micros: number;
            /** Format: int32 */
            billing_initial_seconds: number;
            /** Format: int32 */
            billing_increment_seconds: number;
            /**
             * Format: int64
             * @description Per message part received.
             */
            message_inbound_micros: number;
            /**
             * Format: int64
             * @description Per message part sent.
             */
            message_outbound_micros: number;
            /**
             * Format: int64
             * @description Per call whose caller name the edge looked up.
             */
            cnam_lookup_micros: number;
        };
        UsageRecordList: {
            data: components["schemas"]["UsageRecordView"][];
            meta: components["schemas"]["ListMeta"];
        };
        UsageRecordView: {
            /** @description The edge's record id. */
            id: string;
            /** @enum {string} */
            record_type: "usage_record";
            /** @enum {string} */
            kind: "call" | "message";
            phone_number: string;
            /** @description The payer. */
            account_id: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            from: string;
            to: string;
            started_at: string;
            answered_at: string | null;
            ended_at: string | null;
            /** Format: int64 */
            billable_seconds: number;
            /**
             * Format: int64
             * @description billable_seconds rounded up by the billing increments.
             */
            billed_seconds: number;
            /** Format: int64 */
            parts: number | null;
            hangup_cause: string | null;
            connection_id: string | null;
            /** @enum {string} */
            currency: "USD" | "GBP" | "INR" | "CAD";
            /** @description Exact cost to the payer in minor units, as a decimal string (sub-cent digits kept). */
            cost_cents_decimal: string;
            /** @description The usage charge that billed it to the payer (ledger reference). */
            charge_id: string;
            /** @description Shown to the payer's partner only: what the platform charged the partner for this tenant record (null otherwise). */
            partner_cost_cents_decimal: string | null;
            /** @description Shown to the payer's partner only: the partner's usage charge for it (null otherwise). */
            partner_charge_id: string | null;
        };
        UsageReport: {
            /** @enum {string} */
            record_type: "usage_report";
            /** @enum {string} */
            group_by: "day" | "phone_number" | "tenant" | "kind";
            /** @enum {string|null} */
            currency: "USD" | "GBP" | "INR" | "CAD" | null;
            data: {
                key: string;
                /** Format: int64 */
                calls: number;
                /** Format: int64 */
                messages: number;
                /** Format: int64 */
                message_parts: number;
                /** Format: int64 */
                billed_seconds: number;
                /** @description billed_seconds / 60, two decimals. */
                minutes_decimal: string;
                cost_cents_decimal: string;
            }[];
            totals: {
                /** Format: int64 */
                calls: number;
                /** Format: int64 */
                messages: number;
                /** Format: int64 */
                message_parts: number;
                /** Format: int64 */
                billed_seconds: number;
                /** @description billed_seconds / 60, two decimals. */
                minutes_decimal: string;
                cost_cents_decimal: string;
            };
        };
        VoiceDestination: {
            /** @enum {string} */
            type: "extension";
            target: string;
        } | {
            /** @enum {string} */
            type: "queue";
            target: string;
        } | {
            /** @enum {string} */
            type: "team_member";
            target: string;
        } | {
            /** @enum {string} */
            type: "ai_agent";
            target: string;
        } | {
            /** @enum {string} */
            type: "voicemail";
            target: string;
        } | {
            /** @enum {string} */
            type: "auto_attendant";
            target: string;
        } | {
            /** @enum {string} */
            type: "sip_uri";
            target: string;
        } | {
            /** @enum {string} */
            type: "forward";
            target: components["schemas"]["E164"];
        };
        WebhookEndpoint: {
            id: string;
            /** @enum {string} */
            record_type: "webhook_endpoint";
            account_id: string;
            url: string;
            events: string[];
            connection_id: string | null;
            description: string | null;
            include_tenants: boolean;
            enabled: boolean;
            /**
             * @description Why the endpoint is disabled: by you, by a 410 answer, or after failing continuously.
             * @enum {string|null}
             */
            disabled_reason: "manual" | "gone" | "failing" | null;
            secret_rotated_at: string | null;
            /** @description Until then, deliveries carry a signature with the previous secret too. */
            previous_secret_expires_at: string | null;
            created_at: string;
            updated_at: string;
        };
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
            meta: components["schemas"]["ListMeta"];
        };
    };
    responses: {
        /** @description Forbidden: `account_access_denied` (see /docs/errors). */
        AccountAccessDenied: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `account_not_found` (see /docs/errors). */
        AccountNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `api_key_already_revoked` (see /docs/errors). */
        ApiKeyAlreadyRevoked: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `api_key_not_found` (see /docs/errors). */
        ApiKeyNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Bad Request: `account_id_required`, `malformed_body`, `unknown_field`, `validation_failed` (see /docs/errors). */
        BadRequest: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Payment Required: `balance_insufficient` (see /docs/errors). */
        BalanceInsufficient: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `idempotency_key_reused`, `idempotency_request_in_progress` (see /docs/errors). */
        Conflict: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `connection_not_found` (see /docs/errors). */
        ConnectionNotFound404: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unprocessable Content: `connection_not_found` (see /docs/errors). */
        ConnectionNotFound422: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `dead_letter_consumer_unknown` (see /docs/errors). */
        DeadLetterConsumerUnknown: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `dead_letter_not_found` (see /docs/errors). */
        DeadLetterNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Content Too Large: `document_too_large` (see /docs/errors). */
        DocumentTooLarge: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unsupported Media Type: `document_type_unsupported` (see /docs/errors). */
        DocumentTypeUnsupported: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `emergency_address_in_use` (see /docs/errors). */
        EmergencyAddressInUse: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `emergency_address_not_found` (see /docs/errors). */
        EmergencyAddressNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unprocessable Content: `emergency_not_supported` (see /docs/errors). */
        EmergencyNotSupported: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Forbidden: `account_access_denied`, `tenant_cannot_have_subaccounts` (see /docs/errors). */
        Forbidden: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Gateway Timeout: `payment_processor_timeout`, `service_timeout` (see /docs/errors). */
        GatewayTimeout: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unprocessable Content: `idempotency_key_reused` (see /docs/errors). */
        IdempotencyKeyReused422: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Internal Server Error: `internal_error` (see /docs/errors). */
        InternalError: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Internal Server Error: `internal_error` (see /docs/errors). */
        InternalErrorPublic: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `invalid_state_transition` (see /docs/errors). */
        InvalidStateTransition: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `connection_not_found`, `webhook_endpoint_not_found` (see /docs/errors). */
        NotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unprocessable Content: `not_your_tenant` (see /docs/errors). */
        NotYourTenant: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `number_not_found` (see /docs/errors). */
        NumberNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `number_order_not_found` (see /docs/errors). */
        NumberOrderNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `number_released` (see /docs/errors). */
        NumberReleased: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `payment_method_in_use` (see /docs/errors). */
        PaymentMethodInUse: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `payment_method_not_found` (see /docs/errors). */
        PaymentMethodNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Payment Required: `payment_declined`, `payment_method_expired` (see /docs/errors). */
        PaymentRequired: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `porting_document_not_found` (see /docs/errors). */
        PortingDocumentNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `porting_document_quota_exceeded` (see /docs/errors). */
        PortingDocumentQuotaExceeded: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `porting_order_not_found` (see /docs/errors). */
        PortingOrderNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `price_change_not_found` (see /docs/errors). */
        PriceChangeNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `price_change_not_scheduled` (see /docs/errors). */
        PriceChangeNotScheduled: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `price_not_found` (see /docs/errors). */
        PriceNotFound404: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too Many Requests: `rate_limit_exceeded` (see /docs/errors). */
        RateLimitExceeded: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `renewal_not_cancelled` (see /docs/errors). */
        RenewalNotCancelled: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `reservation_not_found` (see /docs/errors). */
        ReservationNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Gateway Timeout: `service_timeout` (see /docs/errors). */
        ServiceTimeout: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Service Unavailable: `service_unavailable` (see /docs/errors). */
        ServiceUnavailable: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unauthorized: `api_key_invalid`, `api_key_malformed`, `api_key_missing`, `api_key_revoked` (see /docs/errors). */
        Unauthorized: {
            headers: {
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unprocessable Content: `idempotency_key_reused`, `reservation_limit_exceeded` (see /docs/errors). */
        UnprocessableContent: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `wallet_not_found` (see /docs/errors). */
        WalletNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `webhook_delivery_not_found` (see /docs/errors). */
        WebhookDeliveryNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `webhook_endpoint_disabled` (see /docs/errors). */
        WebhookEndpointDisabled: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not Found: `webhook_endpoint_not_found` (see /docs/errors). */
        WebhookEndpointNotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "Request-Id": components["headers"]["Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
         * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
         */
        AccountId: string;
    };
    requestBodies: never;
    headers: {
        /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
        "Idempotent-Replayed": "true";
        /** @description Requests this API key may make in a burst (the token bucket size). */
        "RateLimit-Limit": number;
        /** @description Requests left in the burst; it refills at RATE_LIMIT_PER_MINUTE. */
        "RateLimit-Remaining": number;
        /**
         * @description The id of this request; give it to support. The same id is in the gateway's log and in the traces of everything the request caused.
         * @example req_3f9a1c0b7e2d4a6f8b1c
         */
        "Request-Id": string;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
    };
    pathItems: never;
};
export type Account = components['schemas']['Account'];
export type AccountList = components['schemas']['AccountList'];
export type AmountCents = components['schemas']['AmountCents'];
export type ApiKey = components['schemas']['ApiKey'];
export type ApiKeyList = components['schemas']['ApiKeyList'];
export type AutoRecharge = components['schemas']['AutoRecharge'];
export type AvailableNumber = components['schemas']['AvailableNumber'];
export type AvailableSummaryReply = components['schemas']['AvailableSummaryReply'];
export type Balance = components['schemas']['Balance'];
export type BuyerPrice = components['schemas']['BuyerPrice'];
export type Cnam = components['schemas']['Cnam'];
export type Connection = components['schemas']['Connection'];
export type ConnectionList = components['schemas']['ConnectionList'];
export type CreatedApiKey = components['schemas']['CreatedApiKey'];
export type CreatedWebhookEndpoint = components['schemas']['CreatedWebhookEndpoint'];
export type CsrCoverageReply = components['schemas']['CsrCoverageReply'];
export type CsrCoverageResult = components['schemas']['CsrCoverageResult'];
export type DeadLetter = components['schemas']['DeadLetter'];
export type DeadLetterList = components['schemas']['DeadLetterList'];
export type Delivery = components['schemas']['Delivery'];
export type DeliveryAttempt = components['schemas']['DeliveryAttempt'];
export type DeliveryList = components['schemas']['DeliveryList'];
export type E164 = components['schemas']['E164'];
export type EffectiveSettings = components['schemas']['EffectiveSettings'];
export type EmergencyAddress = components['schemas']['EmergencyAddress'];
export type EmergencyAddressList = components['schemas']['EmergencyAddressList'];
export type EventList = components['schemas']['EventList'];
export type EventRecord = components['schemas']['EventRecord'];
export type FieldViolation = components['schemas']['FieldViolation'];
export type HeldRecord = components['schemas']['HeldRecord'];
export type HeldRecordList = components['schemas']['HeldRecordList'];
export type LedgerEntry = components['schemas']['LedgerEntry'];
export type LedgerEntryList = components['schemas']['LedgerEntryList'];
export type ListMeta = components['schemas']['ListMeta'];
export type MarkupSet = components['schemas']['MarkupSet'];
export type NumberBilling = components['schemas']['NumberBilling'];
export type NumberCompliance = components['schemas']['NumberCompliance'];
export type NumberEmergency = components['schemas']['NumberEmergency'];
export type NumberId = components['schemas']['NumberId'];
export type NumberLookup = components['schemas']['NumberLookup'];
export type NumberOrder = components['schemas']['NumberOrder'];
export type NumberOrderList = components['schemas']['NumberOrderList'];
export type NumberPricing = components['schemas']['NumberPricing'];
export type OrderedNumber = components['schemas']['OrderedNumber'];
export type PartnerMarkup = components['schemas']['PartnerMarkup'];
export type PartnerMarkupInput = components['schemas']['PartnerMarkupInput'];
export type PartnerStatement = components['schemas']['PartnerStatement'];
export type PaymentMethod = components['schemas']['PaymentMethod'];
export type PaymentMethodList = components['schemas']['PaymentMethodList'];
export type PhoneNumber = components['schemas']['PhoneNumber'];
export type PhoneNumberList = components['schemas']['PhoneNumberList'];
export type PortAddress = components['schemas']['PortAddress'];
export type PortEndUser = components['schemas']['PortEndUser'];
export type PortOrder = components['schemas']['PortOrder'];
export type PortOrderList = components['schemas']['PortOrderList'];
export type PortOrderNumber = components['schemas']['PortOrderNumber'];
export type PortRange = components['schemas']['PortRange'];
export type PortTimeline = components['schemas']['PortTimeline'];
export type PortTimelineEntry = components['schemas']['PortTimelineEntry'];
export type PortabilityCheckReply = components['schemas']['PortabilityCheckReply'];
export type PortabilityCheckResult = components['schemas']['PortabilityCheckResult'];
export type PortingDocument = components['schemas']['PortingDocument'];
export type PriceItems = components['schemas']['PriceItems'];
export type PriceList = components['schemas']['PriceList'];
export type PriceListChange = components['schemas']['PriceListChange'];
export type PriceListRow = components['schemas']['PriceListRow'];
export type PricingList = components['schemas']['PricingList'];
export type Problem = components['schemas']['Problem'];
export type QuantityFilters = components['schemas']['QuantityFilters'];
export type Quote = components['schemas']['Quote'];
export type RedriveResult = components['schemas']['RedriveResult'];
export type RegistryNumber = components['schemas']['RegistryNumber'];
export type Reservation = components['schemas']['Reservation'];
export type ReservationList = components['schemas']['ReservationList'];
export type SearchAvailableReply = components['schemas']['SearchAvailableReply'];
export type SmsRouting = components['schemas']['SmsRouting'];
export type SmsRoutingInput = components['schemas']['SmsRoutingInput'];
export type TenantDefaults = components['schemas']['TenantDefaults'];
export type TopUp = components['schemas']['TopUp'];
export type Transfer = components['schemas']['Transfer'];
export type UnconfiguredBehaviour = components['schemas']['UnconfiguredBehaviour'];
export type UnconfiguredBehaviourInput = components['schemas']['UnconfiguredBehaviourInput'];
export type UpcomingCharge = components['schemas']['UpcomingCharge'];
export type UpcomingCharges = components['schemas']['UpcomingCharges'];
export type UsageRates = components['schemas']['UsageRates'];
export type UsageRecordList = components['schemas']['UsageRecordList'];
export type UsageRecordView = components['schemas']['UsageRecordView'];
export type UsageReport = components['schemas']['UsageReport'];
export type VoiceDestination = components['schemas']['VoiceDestination'];
export type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
export type WebhookEndpointList = components['schemas']['WebhookEndpointList'];
export type ResponseAccountAccessDenied = components['responses']['AccountAccessDenied'];
export type ResponseAccountNotFound = components['responses']['AccountNotFound'];
export type ResponseApiKeyAlreadyRevoked = components['responses']['ApiKeyAlreadyRevoked'];
export type ResponseApiKeyNotFound = components['responses']['ApiKeyNotFound'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseBalanceInsufficient = components['responses']['BalanceInsufficient'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseConnectionNotFound404 = components['responses']['ConnectionNotFound404'];
export type ResponseConnectionNotFound422 = components['responses']['ConnectionNotFound422'];
export type ResponseDeadLetterConsumerUnknown = components['responses']['DeadLetterConsumerUnknown'];
export type ResponseDeadLetterNotFound = components['responses']['DeadLetterNotFound'];
export type ResponseDocumentTooLarge = components['responses']['DocumentTooLarge'];
export type ResponseDocumentTypeUnsupported = components['responses']['DocumentTypeUnsupported'];
export type ResponseEmergencyAddressInUse = components['responses']['EmergencyAddressInUse'];
export type ResponseEmergencyAddressNotFound = components['responses']['EmergencyAddressNotFound'];
export type ResponseEmergencyNotSupported = components['responses']['EmergencyNotSupported'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseGatewayTimeout = components['responses']['GatewayTimeout'];
export type ResponseIdempotencyKeyReused422 = components['responses']['IdempotencyKeyReused422'];
export type ResponseInternalError = components['responses']['InternalError'];
export type ResponseInternalErrorPublic = components['responses']['InternalErrorPublic'];
export type ResponseInvalidStateTransition = components['responses']['InvalidStateTransition'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseNotYourTenant = components['responses']['NotYourTenant'];
export type ResponseNumberNotFound = components['responses']['NumberNotFound'];
export type ResponseNumberOrderNotFound = components['responses']['NumberOrderNotFound'];
export type ResponseNumberReleased = components['responses']['NumberReleased'];
export type ResponsePaymentMethodInUse = components['responses']['PaymentMethodInUse'];
export type ResponsePaymentMethodNotFound = components['responses']['PaymentMethodNotFound'];
export type ResponsePaymentRequired = components['responses']['PaymentRequired'];
export type ResponsePortingDocumentNotFound = components['responses']['PortingDocumentNotFound'];
export type ResponsePortingDocumentQuotaExceeded = components['responses']['PortingDocumentQuotaExceeded'];
export type ResponsePortingOrderNotFound = components['responses']['PortingOrderNotFound'];
export type ResponsePriceChangeNotFound = components['responses']['PriceChangeNotFound'];
export type ResponsePriceChangeNotScheduled = components['responses']['PriceChangeNotScheduled'];
export type ResponsePriceNotFound404 = components['responses']['PriceNotFound404'];
export type ResponseRateLimitExceeded = components['responses']['RateLimitExceeded'];
export type ResponseRenewalNotCancelled = components['responses']['RenewalNotCancelled'];
export type ResponseReservationNotFound = components['responses']['ReservationNotFound'];
export type ResponseServiceTimeout = components['responses']['ServiceTimeout'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseUnprocessableContent = components['responses']['UnprocessableContent'];
export type ResponseWalletNotFound = components['responses']['WalletNotFound'];
export type ResponseWebhookDeliveryNotFound = components['responses']['WebhookDeliveryNotFound'];
export type ResponseWebhookEndpointDisabled = components['responses']['WebhookEndpointDisabled'];
export type ResponseWebhookEndpointNotFound = components['responses']['WebhookEndpointNotFound'];
export type ParameterAccountId = components['parameters']['AccountId'];
export type HeaderIdempotentReplayed = components['headers']['Idempotent-Replayed'];
export type HeaderRateLimitLimit = components['headers']['RateLimit-Limit'];
export type HeaderRateLimitRemaining = components['headers']['RateLimit-Remaining'];
export type HeaderRequestId = components['headers']['Request-Id'];
export type HeaderRetryAfter = components['headers']['Retry-After'];
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            500: components["responses"]["InternalErrorPublic"];
        };
    };
    getServicesHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            500: components["responses"]["InternalErrorPublic"];
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description meta.next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of accounts, oldest first */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.
                 * @example 7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21
                 */
                "Idempotency-Key"?: string;
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "currency": "USD",
                 *       "email": "ops@acme.example",
                 *       "external_reference": "crm-4711",
                 *       "name": "Acme Telecom"
                 *     }
                 */
                "application/json": {
                    /** @description Display name of the partner or tenant. */
                    name: string;
                    /**
                     * Format: email
                     * @description Billing and notification contact.
                     */
                    email?: string;
                    /**
                     * @description Wallet currency. Partners default to USD; a tenant always uses its partner's currency.
                     * @enum {string}
                     */
                    currency?: "USD" | "GBP" | "INR" | "CAD";
                    /** @description Your own reference for this account. */
                    external_reference?: string;
                };
            };
        };
        responses: {
            /** @description The new account */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Bad Request: `account_id_required`, `idempotency_key_invalid`, `malformed_body`, `unknown_field`, `validation_failed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getCurrentAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["AccountNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getAccountDefaults: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The defaults */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantDefaults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["AccountNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    updateAccountDefaults: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cnam_display_name?: (string & components["schemas"]["Cnam"]) | null;
                    unconfigured_number?: components["schemas"]["UnconfiguredBehaviourInput"];
                    recording?: boolean;
                    /**
                     * Format: int32
                     * @description 1 to the plan's maximum.
                     */
                    max_channels?: number;
                };
            };
        };
        responses: {
            /** @description The defaults after the change */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantDefaults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            /** @description Not Found: `account_not_found`, `connection_not_found` (see /docs/errors). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["ConnectionNotFound422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description meta.next_cursor of the previous page. */
                cursor?: string;
                /** @description Also list revoked keys. */
                include_revoked?: "true" | "false";
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of keys */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.
                 * @example 7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21
                 */
                "Idempotency-Key"?: string;
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "billing-sync"
                 *     }
                 */
                "application/json": {
                    /** @description What the key is for, e.g. "billing system". */
                    name: string;
                };
            };
        };
        responses: {
            /** @description The key, with its secret */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description Bad Request: `account_id_required`, `idempotency_key_invalid`, `malformed_body`, `unknown_field`, `validation_failed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["ApiKeyNotFound"];
            409: components["responses"]["ApiKeyAlreadyRevoked"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getBalance: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Balance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["WalletNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    setAutoRecharge: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Charge the saved card when a charge would take the balance below threshold_cents. */
                    enabled: boolean;
                    /**
                     * Format: int32
                     * @description Recharge when a charge would leave less than this.
                     */
                    threshold_cents: number;
                    /** @description How much to charge the card each time (more when a single charge needs more). */
                    amount_cents: components["schemas"]["AmountCents"];
                    /** @description The saved card to charge; required when enabled. */
                    payment_method_id: string | null;
                };
            };
        };
        responses: {
            /** @description The balance with its new settings */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Balance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["PaymentMethodNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    createTopUp: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.
                 * @example 7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21
                 */
                "Idempotency-Key": string;
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount_cents": 5000,
                 *       "payment_method_id": "pm_01J9Z3ZK5YQ8W2T6N4M7P0R1S2"
                 *     }
                 */
                "application/json": {
                    /** @description How much to add, in minor units of the wallet currency. */
                    amount_cents: components["schemas"]["AmountCents"];
                    /** @description The saved card to charge. */
                    payment_method_id: string;
                };
            };
        };
        responses: {
            /** @description The settled top-up and the balance right after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopUp"];
                };
            };
            /** @description Bad Request: `account_id_required`, `idempotency_key_invalid`, `idempotency_key_required`, `malformed_body`, `unknown_field`, `validation_failed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["PaymentMethodNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTransfer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.
                 * @example 7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21
                 */
                "Idempotency-Key": string;
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount_cents": 2500,
                 *       "description": "May credit",
                 *       "tenant_account_id": "acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2"
                 *     }
                 */
                "application/json": {
                    /** @description The tenant whose balance receives the money; one of your tenants. */
                    tenant_account_id: string;
                    /** @description How much to move from your balance to the tenant's, in minor units of your currency. */
                    amount_cents: components["schemas"]["AmountCents"];
                    /** @description Shown on both ledgers. */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description The transfer and the partner's balance right after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
                };
            };
            /** @description Bad Request: `account_id_required`, `idempotency_key_invalid`, `idempotency_key_required`, `malformed_body`, `unknown_field`, `validation_failed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["BalanceInsufficient"];
            /** @description Forbidden: `account_access_denied`, `partner_only` (see /docs/errors). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `currency_mismatch`, `idempotency_key_reused`, `idempotency_request_in_progress` (see /docs/errors). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Content: `currency_mismatch`, `idempotency_key_reused`, `not_your_tenant` (see /docs/errors). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listUpcomingCharges: {
        parameters: {
            query?: {
                /** @description Look this many days ahead (1 to 365, default 30). */
                days?: number;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The charges in due order */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpcomingCharges"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listConnections: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of connections */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    createConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.
                 * @example 7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21
                 */
                "Idempotency-Key"?: string;
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "active": true,
                 *       "name": "Main SIP trunk"
                 *     }
                 */
                "application/json": {
                    /** @description A name for the connection. */
                    name: string;
                    /**
                     * @description Inactive connections keep their numbers but are shown as such.
                     * @default true
                     */
                    active?: boolean;
                    /**
                     * Format: uri
                     * @description Where your systems want this connection's call and message events (informational).
                     */
                    webhook_event_url?: string | null;
                };
            };
        };
        responses: {
            /** @description The connection */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            /** @description Bad Request: `account_id_required`, `idempotency_key_invalid`, `malformed_body`, `unknown_field`, `validation_failed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getDefaultConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default connection */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["ConnectionNotFound404"];
            422: components["responses"]["ConnectionNotFound422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    deleteConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted connection */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["ConnectionNotFound404"];
            /** @description Conflict: `connection_in_use`, `default_connection_undeletable` (see /docs/errors). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["ConnectionNotFound422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    updateConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A name for the connection. */
                    name?: string;
                    /** @description Inactive connections keep their numbers but are shown as such. */
                    active?: boolean;
                    /**
                     * Format: uri
                     * @description Where your systems want this connection's call and message events (informational).
                     */
                    webhook_event_url?: string | null;
                };
            };
        };
        responses: {
            /** @description The connection */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["ConnectionNotFound404"];
            422: components["responses"]["ConnectionNotFound422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listEmergencyAddresses: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The addresses */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyAddressList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    createEmergencyAddress: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.
                 * @example 7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21
                 */
                "Idempotency-Key"?: string;
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "administrative_area": "TX",
                 *       "country_code": "US",
                 *       "locality": "Austin",
                 *       "postal_code": "78701",
                 *       "street_address": "600 Congress Ave"
                 *     }
                 */
                "application/json": {
                    /** @description House number and street, e.g. 1 Example St. */
                    street_address: string;
                    /** @description Suite, unit, floor. */
                    extended_address?: string;
                    /** @description City or town. */
                    locality: string;
                    /** @description Two-letter state or province, e.g. TX. */
                    administrative_area: string;
                    postal_code: string;
                    /** @description US or CA. */
                    country_code: string;
                };
            };
        };
        responses: {
            /** @description The stored address */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyAddress"];
                };
            };
            /** @description Bad Request: `account_id_required`, `idempotency_key_invalid`, `malformed_body`, `unknown_field`, `validation_failed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            409: components["responses"]["Conflict"];
            /** @description Unprocessable Content: `emergency_address_invalid`, `idempotency_key_reused` (see /docs/errors). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getEmergencyAddress: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyAddress"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["EmergencyAddressNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    deleteEmergencyAddress: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted address */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyAddress"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["EmergencyAddressNotFound"];
            409: components["responses"]["EmergencyAddressInUse"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Only events of this type. */
                type?: string;
                /** @description Only events that occurred at or after this time (ISO 8601). */
                occurred_after?: string;
                /** @description Only events that occurred before this time (ISO 8601). */
                occurred_before?: string;
                /** @description Partners: also list the partner's tenants' events. */
                include_tenants?: "true" | "false";
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description meta.next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listLedgerEntries: {
        parameters: {
            query?: {
                /** @description Only entries of this kind. */
                kind?: "top_up" | "order_charge" | "refund" | "renewal" | "lookup_fee" | "adjustment" | "usage" | "transfer" | "tenant_payment";
                /** @description Only entries created at or after this instant (ISO 8601). */
                created_after?: string;
                /** @description Only entries created before this instant (ISO 8601). */
                created_before?: string;
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description meta.next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of ledger entries */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listNumberOrders: {
        parameters: {
            query?: {
                /** @description Only orders in this status. */
                status?: "pending" | "success" | "partial_success" | "failure";
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description meta.next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of orders */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberOrderList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    createNumberOrder: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.
                 * @example 7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21
                 */
                "Idempotency-Key": string;
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "country_code": "US",
                 *       "customer_reference": "PO-2026-0042",
                 *       "number_type": "local",
                 *       "phone_numbers": [
                 *         "+15125550100",
                 *         "+15125550101"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description US, CA, GB or IN.
                     * @enum {string}
                     */
                    country_code: "US" | "CA" | "GB" | "IN";
                    /**
                     * @description local, toll_free, national or mobile.
                     * @enum {string}
                     */
                    number_type: "local" | "toll_free" | "national" | "mobile";
                    /** @description 1 to 100 numbers, as found in search or held in your reservation. */
                    phone_numbers?: components["schemas"]["E164"][];
                    /** @description Your reservation holding phone_numbers; without phone_numbers, every number it holds. */
                    reservation_id?: string;
                    /**
                     * Format: int32
                     * @description Instead of phone_numbers: buy this many numbers (1 to 10) in one city.
                     */
                    quantity?: number;
                    /** @description With quantity: where to pick the numbers; locality (the city) is required. */
                    filters?: components["schemas"]["QuantityFilters"];
                    /** @description Your own reference, kept on the order and its numbers. */
                    customer_reference?: string;
                    /**
                     * @description Renew every 30 days from the wallet (default true).
                     * @default true
                     */
                    auto_renew?: boolean;
                };
            };
        };
        responses: {
            /** @description The order with its numbers (status pending) */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberOrder"];
                };
            };
            /** @description Bad Request: `account_id_required`, `idempotency_key_invalid`, `idempotency_key_required`, `malformed_body`, `unknown_field`, `validation_failed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["BalanceInsufficient"];
            403: components["responses"]["AccountAccessDenied"];
            /** @description Not Found: `price_not_found`, `reservation_not_found` (see /docs/errors). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `idempotency_key_reused`, `idempotency_request_in_progress`, `number_unavailable`, `order_in_progress` (see /docs/errors). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["IdempotencyKeyReused422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            /** @description Service Unavailable: `carrier_unavailable`, `price_not_found`, `service_unavailable` (see /docs/errors). */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getNumberOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["NumberOrderNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listNumberReservations: {
        parameters: {
            query?: {
                /** @description Only reservations in this status. */
                status?: "pending" | "expired" | "released";
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description meta.next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of reservations */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    createNumberReservation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.
                 * @example 7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21
                 */
                "Idempotency-Key"?: string;
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customer_reference": "PO-2026-0042",
                 *       "phone_numbers": [
                 *         "+15125550100"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description 1 to 100 numbers, all reserved or none. */
                    phone_numbers: components["schemas"]["E164"][];
                    /** @description Your own reference, shown back on the reservation. */
                    customer_reference?: string;
                };
            };
        };
        responses: {
            /** @description The reservation */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            /** @description Bad Request: `account_id_required`, `idempotency_key_invalid`, `malformed_body`, `unknown_field`, `validation_failed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            /** @description Conflict: `idempotency_key_reused`, `idempotency_request_in_progress`, `number_unavailable` (see /docs/errors). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getNumberReservation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reservation */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["ReservationNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    releaseNumberReservation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The released reservation */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["ReservationNotFound"];
            /** @description Conflict: `reservation_expired`, `reservation_released` (see /docs/errors). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    extendNumberReservation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reservation with its new expires_at */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["ReservationNotFound"];
            /** @description Conflict: `reservation_expired`, `reservation_released` (see /docs/errors). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listNumbers: {
        parameters: {
            query?: {
                /** @description pending, active, porting_in, released or purchase_failed (default: every number held now). */
                status?: "pending" | "active" | "released" | "porting_in" | "purchase_failed";
                number_type?: "local" | "toll_free" | "national" | "mobile";
                country_code?: "US" | "CA" | "GB" | "IN";
                connection_id?: string;
                /** @description Only numbers carrying this tag. */
                tag?: string;
                /** @description Partners: only numbers assigned to this tenant account; `none` for numbers assigned to no tenant. */
                tenant?: string;
                /** @description E.164 prefix, e.g. +1512. */
                e164?: string;
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description meta.next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of numbers */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    searchAvailableNumbers: {
        parameters: {
            query: {
                /** @description ISO 3166 alpha-2 country: US, CA, GB or IN. */
                country_code: "US" | "CA" | "GB" | "IN";
                /** @description local, toll_free, national or mobile. */
                number_type?: "local" | "toll_free" | "national" | "mobile";
                /** @description State or province code, e.g. TX. */
                region?: string;
                /** @description City, e.g. Austin (case-insensitive). */
                locality?: string;
                /** @description Rate center (NANP), case-insensitive. */
                rate_center?: string;
                /** @description Area code; exactly 3 digits in the US and Canada. */
                national_destination_code?: string;
                /** @description NANP exchange: the 3 digits after the area code. */
                nxx?: string;
                /** @description Comma list of capabilities; every one must be present (voice,sms,mms,fax). */
                features?: ("voice" | "sms" | "mms" | "fax")[];
                /** @description Digits the national number starts with. */
                starts_with?: string;
                /** @description Digits the national number ends with. */
                ends_with?: string;
                /** @description Digits the national number contains. */
                contains?: string;
                /** @description Vanity pattern: X or * is any digit, letters map to keypad digits, separators are ignored (877-555-XXXX, 800-FLOWERS). */
                pattern?: string;
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description meta.next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of numbers in E.164 order, priced for you */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchAvailableReply"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    summarizeAvailableNumbers: {
        parameters: {
            query: {
                /** @description ISO 3166 alpha-2 country: US, CA, GB or IN. */
                country_code: "US" | "CA" | "GB" | "IN";
                /** @description local, toll_free, national or mobile. */
                number_type?: "local" | "toll_free" | "national" | "mobile";
                /** @description State or province code, e.g. TX. */
                region?: string;
                /** @description Count per locality (default) or per rate center. */
                group_by?: "locality" | "rate_center";
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts, largest first */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailableSummaryReply"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getCsrCoverage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone_numbers: string[];
                };
            };
        };
        responses: {
            /** @description One record per number */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsrCoverageReply"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    lookUpNumbers: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.
                 * @example 7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21
                 */
                "Idempotency-Key": string;
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The number to look up, E.164. */
                    phone_number: components["schemas"]["E164"];
                    /**
                     * @description carrier (carrier name and line type) or caller-name (CNAM).
                     * @default carrier
                     * @enum {string}
                     */
                    type?: "carrier" | "caller-name";
                };
            };
        };
        responses: {
            /** @description The lookup and the fee charged */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberLookup"];
                };
            };
            /** @description Bad Request: `account_id_required`, `idempotency_key_invalid`, `idempotency_key_required`, `malformed_body`, `unknown_field`, `validation_failed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    checkPortability: {
        parameters: {
            query: {
                phone_numbers: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One answer per number, in the order asked */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortabilityCheckReply"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    uploadPortingDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The document: PDF, PNG or JPEG, at most 10 MB.
                     */
                    file: string;
                    /**
                     * @description What the document is: a letter of authorization, a recent bill, or other.
                     * @default other
                     * @enum {string}
                     */
                    document_type?: "loa" | "invoice" | "other";
                };
            };
        };
        responses: {
            /** @description The stored document */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            409: components["responses"]["PortingDocumentQuotaExceeded"];
            413: components["responses"]["DocumentTooLarge"];
            415: components["responses"]["DocumentTypeUnsupported"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getPortingDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document metadata */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortingDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["PortingDocumentNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    downloadPortingDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as uploaded */
            200: {
                headers: {
                    /** @description attachment, named by the document id. */
                    "Content-Disposition"?: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    /** @description The SHA-256 of the file, hex. */
                    "X-Content-SHA256"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["PortingDocumentNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listPortOrders: {
        parameters: {
            query?: {
                /** @description Only orders in this status. */
                status?: "draft" | "submitted" | "in_progress" | "approved" | "exception" | "completed" | "cancelled" | "failed";
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description meta.next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of orders, oldest first */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrderList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    createPortOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.
                 * @example 7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21
                 */
                "Idempotency-Key"?: string;
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    country_code: "US" | "CA" | "GB" | "IN";
                    phone_numbers?: components["schemas"]["E164"][];
                    ranges?: components["schemas"]["PortRange"][];
                    /** @enum {string} */
                    use: "business" | "personal";
                    end_user: components["schemas"]["PortEndUser"];
                    /** @description A business day (Mon-Fri, UTC), at least the carrier's minimum lead time ahead. */
                    requested_foc_date: string;
                    documents?: string[];
                    user_feedback?: {
                        comment?: string | null;
                    };
                    customer_reference?: string | null;
                };
            };
        };
        responses: {
            /** @description The order (draft) */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrder"];
                };
            };
            /** @description Bad Request: `account_id_required`, `idempotency_key_invalid`, `malformed_body`, `unknown_field`, `validation_failed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["PortingDocumentNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getPortOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order, each number with its own status */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["PortingOrderNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    updatePortOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone_numbers?: components["schemas"]["E164"][];
                    /** @enum {string} */
                    use?: "business" | "personal";
                    end_user?: components["schemas"]["PortEndUser"];
                    /** @description A business day (Mon-Fri, UTC), at least the carrier's minimum lead time ahead. */
                    requested_foc_date?: string;
                    documents?: string[];
                    user_feedback?: {
                        comment?: string | null;
                    };
                    customer_reference?: string | null;
                };
            };
        };
        responses: {
            /** @description The order */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            /** @description Not Found: `porting_document_not_found`, `porting_order_not_found` (see /docs/errors). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: components["responses"]["InvalidStateTransition"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    cancelPortOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The order (cancelled) */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["PortingOrderNotFound"];
            /** @description Conflict: `invalid_state_transition`, `porting_cancel_window_closed` (see /docs/errors). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    submitPortOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order (submitted) */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["BalanceInsufficient"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["PortingOrderNotFound"];
            409: components["responses"]["InvalidStateTransition"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    commentOnPortOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description The timeline with the comment */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortTimeline"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["PortingOrderNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getPortOrderTimeline: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every transition, fee, dropped number and comment, in time order */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortTimeline"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["PortingOrderNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getNumber: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["NumberNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    releaseNumber: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The released number */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistryNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["NumberNotFound"];
            /** @description Conflict: `minimum_commitment_active`, `number_already_released`, `number_not_yet_active` (see /docs/errors). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    updateNumber: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customer_reference": "front-desk",
                 *       "inbound_call_screening": "flag_calls"
                 *     }
                 */
                "application/json": {
                    /** @description Your own reference (max 120); null clears it. */
                    customer_reference?: string | null;
                    /** @description Free text (max 255); null clears it. */
                    description?: string | null;
                    /** @description Labels (up to 20); the list replaces the current one. */
                    tags?: string[];
                    /** @description The connection to group it under; null detaches it. */
                    connection_id?: string | null;
                    /** @description Caller ID name on outbound calls (max 15; letters, digits, spaces); null inherits the tenant default. */
                    cnam_display_name?: (string & components["schemas"]["Cnam"]) | null;
                    /** @description Look up the caller name of inbound calls (charged per call). */
                    cnam_lookup_enabled?: boolean;
                    /** @description Number shown on outbound calls: this number or another active number of the account; null = this number. */
                    caller_id?: (string & components["schemas"]["E164"]) | null;
                    /** @description Add the technical prefix on SIP signalling. */
                    tech_prefix_enabled?: boolean;
                    /**
                     * @description disabled, flag_calls (mark suspicious calls) or reject_calls (refuse them).
                     * @enum {string}
                     */
                    inbound_call_screening?: "disabled" | "flag_calls" | "reject_calls";
                    /** @description The number can send and receive SMS. */
                    messaging_enabled?: boolean;
                    /** @description Record calls; null inherits the tenant default. */
                    recording?: boolean | null;
                    /**
                     * Format: int32
                     * @description Simultaneous calls, 1 to the plan's maximum; null inherits the tenant default (2 unless set).
                     */
                    max_channels?: number | null;
                    /** @description Where inbound calls go; null = unconfigured (the tenant's unconfigured-number behaviour). */
                    voice_destination?: components["schemas"]["VoiceDestination"] | null;
                    /** @description Inbox and destinations of inbound texts. */
                    sms_routing?: components["schemas"]["SmsRoutingInput"];
                    /** @description Renew every 30 days from the wallet; false lets the number end at paid_until unless renewed by hand. */
                    auto_renew?: boolean;
                };
            };
        };
        responses: {
            /** @description The number after the change */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            /** @description Not Found: `connection_not_found`, `number_not_found` (see /docs/errors). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: components["responses"]["NumberReleased"];
            /** @description Unprocessable Content: `connection_not_found`, `number_settings_invalid` (see /docs/errors). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    assignNumber: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The tenant to assign the number to. */
                    account_id: string;
                };
            };
        };
        responses: {
            /** @description The number */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Forbidden: `account_access_denied`, `partner_only` (see /docs/errors). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NumberNotFound"];
            409: components["responses"]["NumberReleased"];
            422: components["responses"]["NotYourTenant"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    cancelNumberRenewal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The billing, cancel_at_period_end true */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberBilling"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["NumberNotFound"];
            /** @description Conflict: `minimum_commitment_active`, `renewal_already_cancelled` (see /docs/errors). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    renewNumber: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.
                 * @example 7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21
                 */
                "Idempotency-Key": string;
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The billing with its new paid_until */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberBilling"];
                };
            };
            /** @description Bad Request: `account_id_required`, `idempotency_key_invalid`, `idempotency_key_required`, `malformed_body`, `unknown_field`, `validation_failed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["BalanceInsufficient"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["NumberNotFound"];
            /** @description Conflict: `idempotency_key_reused`, `idempotency_request_in_progress`, `renewal_not_due` (see /docs/errors). */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["IdempotencyKeyReused422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    resumeNumberRenewal: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The billing, cancel_at_period_end false */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberBilling"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["NumberNotFound"];
            409: components["responses"]["RenewalNotCancelled"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    unassignNumber: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Forbidden: `account_access_denied`, `partner_only` (see /docs/errors). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NumberNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getNumberBilling: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The billing */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberBilling"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["NumberNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getNumberCompliance: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The compliance status */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberCompliance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["NumberNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    setNumberCompliance: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    end_user: {
                        first_name?: string;
                        last_name?: string;
                        contact_phone?: components["schemas"]["E164"];
                        company_name?: string;
                    };
                    /** @default [] */
                    document_ids?: string[];
                };
            };
        };
        responses: {
            /** @description The compliance status */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberCompliance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            /** @description Not Found: `number_not_found`, `porting_document_not_found` (see /docs/errors). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getNumberEmergency: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The 911 service */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberEmergency"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["NumberNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    setNumberEmergency: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    emergency_address_id: string;
                };
            };
        };
        responses: {
            /** @description The 911 service (provisioning) */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberEmergency"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            /** @description Not Found: `emergency_address_not_found`, `number_not_found` (see /docs/errors). */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["EmergencyNotSupported"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    clearNumberEmergency: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The 911 service (deprovisioning) */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberEmergency"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["NumberNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listDeadLetters: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dead letters of that service */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Forbidden: `account_access_denied`, `operator_only` (see /docs/errors). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    redriveDeadLetter: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                service: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description applied, or already_applied when the inbox had it */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedriveResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Forbidden: `account_access_denied`, `operator_only` (see /docs/errors). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["DeadLetterNotFound"];
            409: components["responses"]["DeadLetterConsumerUnknown"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getPriceList: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every row in force, and the changes still to come */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Forbidden: `account_access_denied`, `operator_only` (see /docs/errors). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    schedulePriceChange: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    country_code: "US" | "CA" | "GB" | "IN";
                    /** @enum {string} */
                    number_type: "local" | "toll_free" | "national" | "mobile";
                    /** @enum {string} */
                    currency: "USD" | "GBP" | "INR" | "CAD";
                    /**
                     * Format: date-time
                     * @description When the change applies (ISO 8601); omitted or past: at once.
                     */
                    effective_at?: string;
                    changes: components["schemas"]["PriceItems"];
                };
            };
        };
        responses: {
            /** @description The change, scheduled or applied */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Forbidden: `account_access_denied`, `operator_only` (see /docs/errors). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    cancelPriceChange: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled change */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Forbidden: `account_access_denied`, `operator_only` (see /docs/errors). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["PriceChangeNotFound"];
            409: components["responses"]["PriceChangeNotScheduled"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getPartnerStatement: {
        parameters: {
            query: {
                /** @description Start of the period, inclusive (ISO 8601). */
                from: string;
                /** @description End of the period, exclusive (ISO 8601); at most 366 days after from. */
                to: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerStatement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Forbidden: `account_access_denied`, `partner_only` (see /docs/errors). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listPaymentMethods: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cards */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethodList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    createPaymentMethod: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.
                 * @example 7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21
                 */
                "Idempotency-Key"?: string;
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "card_number": "4242 4242 4242 4242",
                 *       "cvc": "123",
                 *       "exp_month": 12,
                 *       "exp_year": 2030
                 *     }
                 */
                "application/json": {
                    /** @description The card number (spaces and dashes allowed). Sandbox: 4242424242424242 succeeds, 4000000000000002 declines, 4000000000009995 has insufficient funds, 4000000000000119 times out. */
                    card_number: string;
                    /** Format: int32 */
                    exp_month: number;
                    /** Format: int32 */
                    exp_year: number;
                    cvc?: string;
                };
            };
        };
        responses: {
            /** @description The saved card */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            /** @description Bad Request: `account_id_required`, `idempotency_key_invalid`, `malformed_body`, `unknown_field`, `validation_failed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["AccountAccessDenied"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getPaymentMethod: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["PaymentMethodNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    deletePaymentMethod: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removed card */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["PaymentMethodNotFound"];
            409: components["responses"]["PaymentMethodInUse"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listPrices: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prices, integer minor units */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getMarkups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The markups */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkupSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Forbidden: `account_access_denied`, `partner_only` (see /docs/errors). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    setMarkups: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The complete set; an empty list removes every markup. */
                    markups: components["schemas"]["PartnerMarkupInput"][];
                };
            };
        };
        responses: {
            /** @description The new markups */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkupSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Forbidden: `account_access_denied`, `partner_only` (see /docs/errors). */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    createQuote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "country_code": "US",
                 *       "number_type": "local",
                 *       "quantity": 3
                 *     }
                 */
                "application/json": {
                    /**
                     * @description US, CA, GB or IN.
                     * @enum {string}
                     */
                    country_code: "US" | "CA" | "GB" | "IN";
                    /**
                     * @description local, toll_free, national or mobile.
                     * @enum {string}
                     */
                    number_type: "local" | "toll_free" | "national" | "mobile";
                    /** @description 1 to 100 numbers, as found in search. */
                    phone_numbers?: components["schemas"]["E164"][];
                    /**
                     * Format: int32
                     * @description 1 to 10 numbers of one city (instead of phone_numbers).
                     */
                    quantity?: number;
                };
            };
        };
        responses: {
            /** @description The quote */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["PriceNotFound404"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            /** @description Service Unavailable: `price_not_found`, `service_unavailable` (see /docs/errors). */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listHeldUsageRecords: {
        parameters: {
            query?: {
                /** @description How many of the latest held records, 1 to 1000 (default 100). */
                limit?: number;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest held records */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeldRecordList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listUsageRecords: {
        parameters: {
            query?: {
                /** @description Only calls or only messages. */
                kind?: "call" | "message";
                /** @description Only records of this platform number. */
                phone_number?: components["schemas"]["E164"];
                /** @description Partners only: only this tenant's usage. */
                tenant_id?: string;
                direction?: "inbound" | "outbound";
                /** @description Only usage at or after this instant (ISO 8601). */
                from?: string;
                /** @description Only usage before this instant (ISO 8601). */
                to?: string;
                /** @description Only the records one usage charge (ledger reference) covers. */
                charge_id?: string;
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description meta.next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of detail records (or the CSV export) */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageRecordList"];
                    "text/csv": components["schemas"]["UsageRecordList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getUsageReport: {
        parameters: {
            query?: {
                /** @description Only calls or only messages. */
                kind?: "call" | "message";
                /** @description Only records of this platform number. */
                phone_number?: components["schemas"]["E164"];
                /** @description Partners only: only this tenant's usage. */
                tenant_id?: string;
                direction?: "inbound" | "outbound";
                /** @description Only usage at or after this instant (ISO 8601). */
                from?: string;
                /** @description Only usage before this instant (ISO 8601). */
                to?: string;
                /** @description One row per day (UTC), number, tenant (payer) or kind. */
                group_by?: "day" | "phone_number" | "tenant" | "kind";
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (or its CSV) */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageReport"];
                    "text/csv": components["schemas"]["UsageReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries to this endpoint. */
                endpoint_id?: string;
                /** @description Only deliveries of this event type. */
                event_type?: string;
                /** @description Only deliveries in this status. */
                status?: "pending" | "succeeded" | "failed";
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description meta.next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, due now */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["WebhookDeliveryNotFound"];
            409: components["responses"]["WebhookEndpointDisabled"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 25). */
                limit?: number;
                /** @description meta.next_cursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of endpoints */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Up to 255 characters from [A-Za-z0-9_:-]. A retry with the same key and body within 24 h returns the first response byte for byte.
                 * @example 7d8a1f0e-3c2b-4a59-9e1d-2f6b5c4a3b21
                 */
                "Idempotency-Key"?: string;
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Provisioning",
                 *       "events": [
                 *         "number.activated",
                 *         "number.released"
                 *       ],
                 *       "url": "https://hooks.acme.example/did"
                 *     }
                 */
                "application/json": {
                    /** @description Where events are POSTed: https (http only where the platform allows it for local development). */
                    url: string;
                    /**
                     * @description Event types to receive, or ["*"] for all.
                     * @default [
                     *       "*"
                     *     ]
                     */
                    events?: string[];
                    /** @description Only events about numbers on this connection. */
                    connection_id?: string | null;
                    /** @description Your note about the endpoint. */
                    description?: string | null;
                    /**
                     * @description A disabled endpoint receives nothing; enabling it again resumes its pending deliveries.
                     * @default true
                     */
                    enabled?: boolean;
                    /**
                     * @description Partners only: also receive the events of the partner's tenants.
                     * @default false
                     */
                    include_tenants?: boolean;
                };
            };
        };
        responses: {
            /** @description The endpoint, with its secret */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpoint"];
                };
            };
            /** @description Bad Request: `account_id_required`, `idempotency_key_invalid`, `malformed_body`, `unknown_field`, `validation_failed`, `webhook_url_not_allowed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["ConnectionNotFound404"];
            409: components["responses"]["Conflict"];
            /** @description Unprocessable Content: `connection_not_found`, `idempotency_key_reused` (see /docs/errors). */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["WebhookEndpointNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted endpoint */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["WebhookEndpointNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where events are POSTed: https (http only where the platform allows it for local development). */
                    url?: string;
                    /** @description Event types to receive, or ["*"] for all. */
                    events?: string[];
                    /** @description Only events about numbers on this connection. */
                    connection_id?: string | null;
                    /** @description Your note about the endpoint. */
                    description?: string | null;
                    /** @description A disabled endpoint receives nothing; enabling it again resumes its pending deliveries. */
                    enabled?: boolean;
                    include_tenants?: boolean;
                };
            };
        };
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Bad Request: `account_id_required`, `malformed_body`, `unknown_field`, `validation_failed`, `webhook_url_not_allowed` (see /docs/errors). */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ConnectionNotFound422"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
    rotateWebhookEndpointSecret: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The account to act on: a partner names one of its tenants (or itself). Without it, a key acts on its own account.
                 * @example acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2
                 */
                "Account-Id"?: components["parameters"]["AccountId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint, with its new secret */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "Request-Id": components["headers"]["Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccountAccessDenied"];
            404: components["responses"]["WebhookEndpointNotFound"];
            429: components["responses"]["RateLimitExceeded"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["ServiceTimeout"];
        };
    };
}
