import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { CommonModule, loggerParams } from '@app/common';
import { AppConfig, ConfigModule } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { DirectoryModule } from '@app/directory';
import { NotificationsStoreModule } from '@app/notifications';
import { ReportsCoreModule } from '@app/reports';
import { DeadlinesChangedHandler } from './deadlines/deadlines-changed.handler';
import { Reconciler } from './deadlines/reconciler';
import { ReminderRepository } from './deadlines/reminder.repository';
import { ReminderBatch } from './deadlines/reminder-batch';
import { RemindersDueHandler } from './deadlines/reminders-due.handler';
import { ReminderTimerRepository } from './deadlines/reminder-timer.repository';
import { ReminderScheduler } from './deadlines/reminder-scheduler';
import { OfficeOpening } from './deadlines/office-opening';
import { Channels } from './notifications/channels';
import { ContactsRepository } from './notifications/contacts.repository';
import { DeliverySendHandler } from './notifications/delivery-send.handler';
import { Recipients } from './notifications/recipients';
import { TransitionNotifyHandler } from './notifications/transition-notify.handler';
import { IssuedNoticeRepository } from './notifications/issued-notice.repository';
import { NoticeIssuedHandler } from './notifications/notice-issued.handler';
import { OwedUrgePushes } from './notifications/owed-urge-pushes';
import { TargetUrgedHandler } from './notifications/target-urged.handler';
import { TargetUrgedPushHandler } from './notifications/target-urged-push.handler';
import { UrgePeople } from './notifications/urge-people';
import { UrgedTargetRepository } from './notifications/urged-target.repository';
import { JobHandlerRegistry } from './jobs/job-handler.registry';
import { QUEUE_CONSUMERS } from './jobs/queue-consumers';
import { FailedJobSweep } from './jobs/failed-job-sweep';
import { OutboxSweeper } from './system/outbox-sweeper';
import { SelfCheckHandler } from './system/self-check.handler';

@Module({
  imports: [
    ConfigModule,
    CommonModule,
    DiscoveryModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (c: AppConfig) => loggerParams(c, 'worker'),
    }),
    PersistenceModule,
    QueueModule,
    DirectoryModule,
    ReportsCoreModule,
    NotificationsStoreModule,
  ],
  providers: [
    JobHandlerRegistry,
    ...QUEUE_CONSUMERS,
    OutboxSweeper,
    SelfCheckHandler,
    TransitionNotifyHandler,
    DeadlinesChangedHandler,
    ReminderRepository,
    ReminderScheduler,
    ReminderTimerRepository,
    RemindersDueHandler,
    ReminderBatch,
    ContactsRepository,
    Recipients,
    Channels,
    DeliverySendHandler,
    IssuedNoticeRepository,
    NoticeIssuedHandler,
    UrgedTargetRepository,
    TargetUrgedHandler,
    TargetUrgedPushHandler,
    UrgePeople,
    OwedUrgePushes,
    OfficeOpening,
    Reconciler,
    FailedJobSweep,
  ],
})
export class WorkerModule {}
