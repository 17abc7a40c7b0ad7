import { Module } from '@nestjs/common';
import { NotificationsStoreModule } from '@app/notifications';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import { DirectoryModule } from '@app/directory';
import { ReportsCoreModule } from '@app/reports';
import { BoardController } from './board.controller';
import { BoardFingerprintRepository, BoardRepository } from './board.repository';
import { BoardAnswers } from './board-cache/board-answers';
import { BoardRollup } from './rollup/board-rollup';
import { BoardRollupRepository } from './rollup/board-rollup.repository';
import { BoardService } from './board.service';
import { CampaignAccess } from './campaign-access';
import { CampaignEventRepository } from './campaign-event.repository';
import { CampaignInboxRepository } from './campaign-inbox.repository';
import { CampaignRecipientRepository } from './campaign-recipient.repository';
import { CampaignRecipientRoutingRepository } from './campaign-recipient-routing.repository';
import { CampaignRecipientsController } from './campaign-recipients.controller';
import { CampaignTargetRepository } from './campaign-target.repository';
import { CampaignTargets } from './campaign-targets';
import { CampaignUnitsRepository } from './campaign-units.repository';
import { CampaignRepository } from './campaign.repository';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { CampaignQueries } from './campaign-queries';
import { CampaignRecipientPlanning } from './campaign-recipient-planning';
import { IssuingUnits } from './issuing-units';
import { CompilationController } from './compilation.controller';
import { CompilationRepository } from './compilation.repository';
import { ExtensionRepository } from './extension.repository';
import { ForwardingController } from './forwarding/forwarding.controller';
import { ForwardingRepository } from './forwarding/forwarding.repository';
import { ForwardingService } from './forwarding/forwarding.service';
import { ExtensionsController } from './extensions.controller';
import { PendingExtensionsController } from './pending-extensions.controller';
import { ExtensionsService } from './extensions.service';
import { ReportDueDates } from './report-due-dates';
import { NoticeFilesService } from './notice-files.service';
import { ScoresModuleParts } from './scores/scores.parts';
import { ItemOrderController } from './item-order/item-order.controller';
import { CampaignItemOrderRepository } from './item-order/item-order.repository';
import { CampaignItemOrders } from './item-order/item-order.service';
import { UrgeController } from './urge/urge.controller';
import { UrgeRepository } from './urge/urge.repository';
import { UrgeService } from './urge/urge.service';

/** Reporting campaigns (报送任务): issuing and cascading, extensions (延期), 催办 by hand, the tracking board and its exports. */
@Module({
  imports: [
    NotificationsStoreModule,
    DirectoryModule,
    ReportsCoreModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.env.ATTACHMENT_MAX_BYTES, files: 1, fields: 5 },
      }),
    }),
  ],
  controllers: [
    PendingExtensionsController,
    CampaignRecipientsController,
    CampaignsController,
    ExtensionsController,
    ForwardingController,
    BoardController,
    CompilationController,
    ItemOrderController,
    UrgeController,
    ...ScoresModuleParts.controllers,
  ],
  providers: [
    BoardRepository,
    BoardFingerprintRepository,
    BoardAnswers,
    BoardRollup,
    BoardRollupRepository,
    BoardService,
    CampaignAccess,
    CampaignEventRepository,
    CampaignInboxRepository,
    CampaignRecipientRepository,
    CampaignRecipientRoutingRepository,
    CampaignRepository,
    CampaignTargetRepository,
    CampaignTargets,
    CampaignUnitsRepository,
    CampaignsService,
    CampaignQueries,
    CampaignRecipientPlanning,
    IssuingUnits,
    CompilationRepository,
    ExtensionRepository,
    ExtensionsService,
    ReportDueDates,
    ForwardingRepository,
    ForwardingService,
    CampaignItemOrderRepository,
    CampaignItemOrders,
    NoticeFilesService,
    UrgeRepository,
    UrgeService,
    ...ScoresModuleParts.providers,
  ],
  // The findings board column (apps/api/src/findings) reads a campaign with the board's own access rule.
  // The export prints a report's items in the order of the campaign it answers (CampaignItemOrderRepository).
  exports: [CampaignAccess, CampaignItemOrderRepository],
})
export class CampaignsModule {}
