import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a campaign requires of its targets' internal chains (内部审核流程要求, issue #17 item 5):
 * {deliberation, legalReview, signOff}. NULL for campaigns issued before the rules were stored:
 * their rules are the safeguards of their own workflow definition, as they always were.
 */
export class CampaignChainRules1764900000000 implements MigrationInterface {
  name = 'CampaignChainRules1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns
      ADD COLUMN chain_rules JSON NULL COMMENT '{deliberation, legalReview, signOff}; NULL: those of the workflow definition'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns DROP COLUMN chain_rules`);
  }
}
