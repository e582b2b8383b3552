export * from './test-apps';
export * from './service-health';
