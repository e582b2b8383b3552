export * from './error-status';
export * from './http-errors';
export * from './carrier-call';
