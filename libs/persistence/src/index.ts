export * from './data-source-options';
export * from './persistence.module';
export * from './schema-check';
export * from './database';
export * from './transactions';
export * from './prepared';
export * from './read-routing';
export * from './request-reads';
