export * from './orm-options';
export * from './migrate';
export * from './keyset-page';
export * from './sql';
