import { Module } from '@nestjs/common';
import { NotificationsStoreModule } from '@app/notifications';
import { NotificationsController } from './notifications.controller';

@Module({ imports: [NotificationsStoreModule], controllers: [NotificationsController] })
export class NotificationsModule {}
