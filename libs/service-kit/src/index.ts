export * from './clock';
export * from './ids';
export * from './memory';
export * from './periodic-task';
export * from './secret-box';
export * from './metrics';
export * from './trace-context';
export * from './logging';
