import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { DeadLettersController } from './dead-letters.controller';
import { MetricsController } from './metrics.controller';
import { QueueBoardModule } from './queue-board.module';
import { UnitDutySeparationController } from './unit-duty-separation.controller';
import { UnitWebhookController } from './unit-webhook.controller';

@Module({
  imports: [DirectoryModule, QueueBoardModule],
  controllers: [
    DeadLettersController,
    MetricsController,
    UnitDutySeparationController,
    UnitWebhookController,
  ],
})
export class OperationsModule {}
