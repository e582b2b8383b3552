export * from './test-apps';
export * from './service-health';
export * from './service-process';
