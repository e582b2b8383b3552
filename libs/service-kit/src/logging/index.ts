export * from './redaction';
export * from './service-logger';
export * from './pretty-destination';
