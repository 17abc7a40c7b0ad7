export * from './app-config';
export * from './config.module';
export type { Env } from './schema';
