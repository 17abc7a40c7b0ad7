export * from './app-error';
export * from './clock';
export * from './db-errors';
export * from './ids';
export * from './common.module';
export * from './logging';
export * from './ready-file';
export * from './outbound-address';
