/** Variables the Jest global setup hands to test files (it runs in another process). */
export const TEST_ENV = {
  template: 'DID_TEST_TEMPLATE_DB',
  adminUrl: 'DID_TEST_ADMIN_URL',
  natsUrl: 'DID_TEST_NATS_URL',
  runId: 'DID_TEST_RUN_ID',
} as const;
