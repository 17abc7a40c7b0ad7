import { NoticeDraftController } from '../notice/notice-draft.controller';
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
  controllers: [ScoresController, NoticeDraftController],
  providers: [MissingItems, ScoringRuleRepository, ScoringRulesService, SubmittedSectionsRepository],
};
