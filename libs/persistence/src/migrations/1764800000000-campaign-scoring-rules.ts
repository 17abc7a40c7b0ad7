import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A campaign's scoring rule (评分规则, issue #18 item 5): NULL scores by the documented default
 * (apps/api/src/campaigns/scores/scoring-rule.ts). The rule has its own version for the
 * concurrency contract: campaigns have none, and changing the rule is the only edit it guards.
 */
export class CampaignScoringRules1764800000000 implements MigrationInterface {
  name = 'CampaignScoringRules1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns
      ADD COLUMN scoring_rule JSON NULL COMMENT 'NULL: the default rule',
      ADD COLUMN scoring_rule_version INT NOT NULL DEFAULT 0 COMMENT 'expectedVersion of PUT scoring-rule'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns DROP COLUMN scoring_rule, DROP COLUMN scoring_rule_version`);
  }
}
