export * from './app-config';
export * from './config.module';
export type { Env } from './schema';
export { parseNodeList, redisTopology, type RedisNodeAddress, type RedisTopology } from './redis-topology';
