export * from './catalogue';
export * from './policy';
export * from './redis-connection';
export * from './queue.module';
export * from './job-producer';
export * from './outbox/outbox.repository';
export * from './outbox/outbox-writer';
export * from './outbox/outbox-relay';
