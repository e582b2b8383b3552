export * from './test-env';
export * from './test-database';
export * from './test-nats';
export * from './test-world';
export * from './manual-clock';
export * from './wait-for';
export * from './chromium';
export * from './consumer-progress';
