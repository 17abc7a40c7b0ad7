export * from './fit-text';
export * from './notification.repository';
export * from './delivery.repository';
export * from './notifications-store.module';
export * from './delivery-claim';
