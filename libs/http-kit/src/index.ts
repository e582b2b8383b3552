export * from './error-status';
export * from './http-errors';
export * from './carrier-call';
export * from './http-exchange';
