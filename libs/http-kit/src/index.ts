export * from './error-status';
export * from './http-errors';
export * from './carrier-call';
export * from './http-exchange';
export * from './payload-error.filter';
