import { Injectable } from '@nestjs/common';
import { Database, fromJson } from '@app/persistence';
import type { StatedChainRules } from '@app/workflow';

/** An active campaign a unit is a target of, with what it requires of the unit's own chain. */
export interface CampaignAskingUnit {
  campaignId: string;
  title: string;
  reportYear: number;
  issuingUnitName: string;
  workflow: { id: string; version: number };
  /** null: issued before rules were stored (its path's safeguards apply). */
  chainRules: StatedChainRules | null;
}

/** Read-only: the campaigns asking a unit, newest year first, for the unit's chain page. */
@Injectable()
export class UnitCampaignRulesRepository {
  constructor(private readonly db: Database) {}

  async activeCampaignsAsking(unitId: string, limit = 50): Promise<CampaignAskingUnit[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_targets as t')
        .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
        .innerJoin('units as u', 'u.id', 'c.issuing_unit_id')
        .select([
          'c.id',
          'c.title',
          'c.report_year',
          'u.name as issuing_unit_name',
          'c.workflow_id',
          'c.workflow_version',
          'c.chain_rules',
        ])
        .where('t.unit_id', '=', unitId)
        .where('c.status', '=', 'active')
        .orderBy('c.report_year', 'desc')
        .orderBy('c.created_at', 'desc')
        .limit(limit),
    );
    return rows.map((r) => ({
      campaignId: r.id,
      title: r.title,
      reportYear: Number(r.report_year),
      issuingUnitName: r.issuing_unit_name,
      workflow: { id: r.workflow_id, version: Number(r.workflow_version) },
      chainRules: r.chain_rules === null ? null : fromJson<StatedChainRules>(r.chain_rules),
    }));
  }
}
