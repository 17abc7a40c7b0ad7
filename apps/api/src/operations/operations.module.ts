import { Module } from '@nestjs/common';
import { DeadLettersController } from './dead-letters.controller';
import { MetricsController } from './metrics.controller';
import { UnitWebhookController } from './unit-webhook.controller';

@Module({ controllers: [DeadLettersController, MetricsController, UnitWebhookController] })
export class OperationsModule {}
