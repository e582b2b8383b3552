/**
 * Example request bodies, by operationId, shown by Swagger UI and generated clients. Spectral checks each against
 * its schema (oas3-valid-media-example), so an example that a contract change breaks fails the lint test.
 */
export const REQUEST_EXAMPLES: Readonly<Record<string, unknown>> = {
  createAccount: { name: 'Acme Telecom', email: 'ops@acme.example', currency: 'USD', external_reference: 'crm-4711' },
  createApiKey: { name: 'billing-sync' },
  createNumberOrder: {
    country_code: 'US',
    number_type: 'local',
    phone_numbers: ['+15125550100', '+15125550101'],
    customer_reference: 'PO-2026-0042',
  },
  createNumberReservation: { phone_numbers: ['+15125550100'], customer_reference: 'PO-2026-0042' },
  createQuote: { country_code: 'US', number_type: 'local', quantity: 3 },
  createWebhookEndpoint: {
    url: 'https://hooks.acme.example/did',
    events: ['number.activated', 'number.released'],
    description: 'Provisioning',
  },
  createTopUp: { amount_cents: 5000, payment_method_id: 'pm_01J9Z3ZK5YQ8W2T6N4M7P0R1S2' },
  createPaymentMethod: { card_number: '4242 4242 4242 4242', exp_month: 12, exp_year: 2030, cvc: '123' },
  createConnection: { name: 'Main SIP trunk', active: true },
  createEmergencyAddress: {
    street_address: '600 Congress Ave',
    locality: 'Austin',
    administrative_area: 'TX',
    postal_code: '78701',
    country_code: 'US',
  },
  createTransfer: {
    tenant_account_id: 'acc_01J9Z3ZK5YQ8W2T6N4M7P0R1S2',
    amount_cents: 2500,
    description: 'May credit',
  },
  updateNumber: { customer_reference: 'front-desk', inbound_call_screening: 'flag_calls' },
};
