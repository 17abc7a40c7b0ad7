import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { NotificationsStoreModule } from '@app/notifications';
import { DeadLetterRepository } from './dead-letter.repository';
import { DeadLetterService } from './dead-letter.service';
import { DeadLettersController } from './dead-letters.controller';
import { MetricsController } from './metrics.controller';
import { MetricsRepository } from './metrics.repository';
import { QueueBoardModule } from './queue-board.module';
import { UnitDeliberationBodyController } from './unit-deliberation-body.controller';
import { UnitDutySeparationController } from './unit-duty-separation.controller';
import { UnitCampaignRulesRepository } from './unit-campaign-rules.repository';
import { UnitReviewChainController } from './unit-review-chain.controller';
import { UnitWebhookController } from './unit-webhook.controller';

@Module({
  imports: [DirectoryModule, NotificationsStoreModule, QueueBoardModule],
  controllers: [
    DeadLettersController,
    MetricsController,
    UnitDeliberationBodyController,
    UnitDutySeparationController,
    UnitReviewChainController,
    UnitWebhookController,
  ],
  providers: [DeadLetterRepository, DeadLetterService, MetricsRepository, UnitCampaignRulesRepository],
})
export class OperationsModule {}
