import { NoticeDraftController } from '../notice/notice-draft.controller';
import { NoticeController } from '../notice/notice.controller';
import { NoticeRepository } from '../notice/notice.repository';
import { NoticeService } from '../notice/notice.service';
import { MissingItems } from './missing-items';
import { SubmittedSectionsRepository } from './submitted-sections.repository';
import { ScoringRuleRepository } from './scoring-rule.repository';
import { ScoringRulesService } from './scoring-rules.service';
import { ScoresController } from './scores.controller';

/**
 * Scores and the 通报 draft live in the campaigns module (the board scores its rows), so they
 * register there with one line each for controllers and providers.
 */
export const ScoresModuleParts = {
  controllers: [ScoresController, NoticeDraftController, NoticeController],
  providers: [
    MissingItems,
    NoticeRepository,
    NoticeService,
    ScoringRuleRepository,
    ScoringRulesService,
    SubmittedSectionsRepository,
  ],
};
