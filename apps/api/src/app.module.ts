import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { CommonModule, loggerParams } from '@app/common';
import { AppConfig, ConfigModule } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuthModule } from './auth/auth.module';
import { CalendarAdminModule } from './calendar/calendar-admin.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { HealthModule } from './health/health.module';
import { OperationsModule } from './operations/operations.module';
import { OutboxPollingService } from './system/outbox-polling.service';
import { NotificationsModule } from './notifications/notifications.module';
import { ReadYourWritesModule } from './read-your-writes/read-your-writes.module';
import { ReportsModule } from './reports/reports.module';
import { SystemModule } from './system/system.module';
import { UnitsModule } from './units/units.module';
import { UsersModule } from './users/users.module';
import { ContentModule } from './content/content.module';
import { DisclosureModule } from './disclosure/disclosure.module';
import { FindingsModule } from './findings/findings.module';
import { WebConsoleModule } from './web-console/web-console.module';

@Module({
  imports: [
    ConfigModule,
    CommonModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (c: AppConfig) => loggerParams(c, 'api') }),
    PersistenceModule,
    QueueModule,
    AuthModule,
    HealthModule,
    SystemModule,
    UnitsModule,
    UsersModule,
    ReportsModule,
    NotificationsModule,
    CampaignsModule,
    CalendarAdminModule,
    AttachmentsModule,
    OperationsModule,
    ContentModule,
    DisclosureModule,
    FindingsModule,
    WebConsoleModule,
    ReadYourWritesModule,
  ],
  providers: [OutboxPollingService],
})
export class AppModule {}
