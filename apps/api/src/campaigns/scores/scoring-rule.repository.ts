import { Injectable } from '@nestjs/common';
import { Database, fromJson } from '@app/persistence';
import type { ScoringRule } from './scoring-rule';

export interface StoredScoringRule {
  /** null: the campaign scores by the default rule. */
  rule: ScoringRule | null;
  version: number;
}

/** A campaign's scoring rule (campaigns.scoring_rule*): its only reader and writer. */
@Injectable()
export class ScoringRuleRepository {
  constructor(private readonly db: Database) {}

  async find(campaignId: string): Promise<StoredScoringRule | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('campaigns')
        .select(['scoring_rule', 'scoring_rule_version'])
        .where('id', '=', campaignId),
    );
    if (!row) return null;
    return {
      rule: row.scoring_rule === null ? null : fromJson<ScoringRule>(row.scoring_rule),
      version: Number(row.scoring_rule_version),
    };
  }

  /** Conditional on the version read: false when someone changed the rule first. */
  async replace(change: {
    campaignId: string;
    rule: ScoringRule;
    expectedVersion: number;
    now: Date;
  }): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .updateTable('campaigns')
        .set((eb) => ({
          scoring_rule: JSON.stringify(change.rule),
          scoring_rule_version: eb('scoring_rule_version', '+', 1),
          updated_at: change.now,
        }))
        .where('id', '=', change.campaignId)
        .where('scoring_rule_version', '=', change.expectedVersion),
    );
    return result.affectedRows > 0;
  }
}
