export * from './health.controller';
export * from './service-core.module';
export * from './start-service';
export * from './service-cli';
export * from './ops/ops-server';
export * from './logging/pino-nest-logger';
