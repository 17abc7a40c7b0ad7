import { Module } from '@nestjs/common';
import { DeadLettersController } from './dead-letters.controller';
import { MetricsController } from './metrics.controller';
import { QueueBoardModule } from './queue-board.module';
import { UnitWebhookController } from './unit-webhook.controller';

@Module({
  imports: [QueueBoardModule],
  controllers: [DeadLettersController, MetricsController, UnitWebhookController],
})
export class OperationsModule {}
