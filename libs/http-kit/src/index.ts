export * from './error-status';
export * from './http-errors';
