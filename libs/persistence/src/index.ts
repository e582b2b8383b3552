export * from './orm-options';
export * from './migrate';
