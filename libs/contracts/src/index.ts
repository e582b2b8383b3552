export * from './errors';
export * from './validation';
export * from './enums';
export * from './subjects';
export * from './rpc/health';
export * from './events/envelope';
export * from './events/account-events';
export * from './events/catalog';
