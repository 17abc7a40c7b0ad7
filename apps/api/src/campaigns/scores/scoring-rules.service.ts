import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import type { Principal } from '@app/directory';
import { Transactions } from '@app/persistence';
import { CampaignAccess } from '../campaign-access';
import { CampaignErrors } from '../campaign.errors';
import { CampaignEventRepository } from '../campaign-event.repository';
import { DEFAULT_SCORING_RULE, scoringRuleViolations, type ScoringRule } from './scoring-rule';
import { ScoringRuleRepository } from './scoring-rule.repository';
import { ScoreErrors } from './scores.errors';

/** Reading and setting a campaign's scoring rule (评分规则): the board's readers read, its issuer sets. */
@Injectable()
export class ScoringRulesService {
  constructor(
    private readonly access: CampaignAccess,
    private readonly rules: ScoringRuleRepository,
    private readonly events: CampaignEventRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async get(principal: Principal, campaignId: string) {
    await this.access.forBoard(principal, campaignId);
    const stored = await this.rules.find(campaignId);
    if (!stored) throw CampaignErrors.notFound();
    return {
      rule: stored.rule ?? DEFAULT_SCORING_RULE,
      isDefault: stored.rule === null,
      version: stored.version,
    };
  }

  /** The issuing unit's coordinator replaces the rule; recorded as a campaign event with the old and new rule. */
  async put(principal: Principal, campaignId: string, change: ScoringRule & { expectedVersion: number }) {
    const rule: ScoringRule = {
      basePoints: change.basePoints,
      perWorkingDayLate: change.perWorkingDayLate,
      notSubmitted: change.notSubmitted,
      notPublishedByDisclosureDate: change.notPublishedByDisclosureDate,
      perMissingItem: change.perMissingItem,
      perReturnBeyondFirst: change.perReturnBeyondFirst,
    };
    const violations = scoringRuleViolations(rule);
    const now = this.clock.now();
    await this.transactions.run(async () => {
      const { campaign } = await this.access.forIssuer(principal, campaignId, { lock: true });
      // Nothing is scored under a withdrawn campaign: its rule is frozen with it.
      if (campaign.status !== 'active') throw CampaignErrors.withdrawn();
      if (violations.length > 0) throw ScoreErrors.ruleInvalid(violations);
      const before = await this.rules.find(campaignId);
      if (!before) throw CampaignErrors.notFound();
      const replaced = await this.rules.replace({
        campaignId,
        rule,
        expectedVersion: change.expectedVersion,
        now,
      });
      if (!replaced) throw ScoreErrors.staleVersion(before.version);
      await this.events.record(
        [
          {
            campaignId,
            unitId: null,
            action: 'scoring_rule_set',
            actorUserId: principal.userId,
            details: {
              before: before.rule ?? DEFAULT_SCORING_RULE,
              after: rule,
              version: before.version + 1,
            },
          },
        ],
        now,
      );
    });
    return this.get(principal, campaignId);
  }
}
