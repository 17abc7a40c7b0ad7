import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { CommonModule, loggerParams } from '@app/common';
import { AppConfig, ConfigModule } from '@app/config';
import { PersistenceModule } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { HealthModule } from './health/health.module';
import { OutboxPollingService } from './system/outbox-polling.service';
import { SystemModule } from './system/system.module';

@Module({
  imports: [
    ConfigModule,
    CommonModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (c: AppConfig) => loggerParams(c, 'api') }),
    PersistenceModule,
    QueueModule,
    HealthModule,
    SystemModule,
  ],
  providers: [OutboxPollingService],
})
export class AppModule {}
