import { Module } from '@nestjs/common';
import { DeliveryRepository } from './delivery.repository';
import { NotificationRepository } from './notification.repository';

/** The stored messages: in-app notifications and email/webhook deliveries. */
@Module({
  providers: [NotificationRepository, DeliveryRepository],
  exports: [NotificationRepository, DeliveryRepository],
})
export class NotificationsStoreModule {}
