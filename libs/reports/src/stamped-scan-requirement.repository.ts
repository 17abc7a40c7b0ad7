import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';
import type { ScanRequiringCampaign } from './stamped-scan-rule';

/**
 * What the dispatch's stamped-scan rule reads: whether the campaigns a report answers require the
 * scan, and which revisions have one. Reads only; stamped_scans is written by the API's
 * StampedScanRepository, campaigns by CampaignRepository.
 */
@Injectable()
export class StampedScanRequirementRepository {
  constructor(private readonly db: Database) {}

  /** The active campaigns the report answers, earliest issued first. */
  async campaignsOf(reportId: string): Promise<ScanRequiringCampaign[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_targets as t')
        .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
        .select(['c.id', 'c.title', 'c.requires_stamped_scan'])
        .where('t.report_id', '=', reportId)
        .where('c.status', '=', 'active')
        .orderBy('c.created_at')
        .orderBy('c.id'),
    );
    const seen = new Map<string, ScanRequiringCampaign>();
    for (const r of rows) {
      seen.set(r.id, {
        campaignId: r.id,
        title: r.title,
        requiresStampedScan: Number(r.requires_stamped_scan) === 1,
      });
    }
    return [...seen.values()];
  }

  /** The revisions of the report that have a stamped scan. */
  async scannedRevisions(reportId: string): Promise<number[]> {
    const rows = await this.db.rows(
      this.db.sql.selectFrom('stamped_scans').select('revision').distinct().where('report_id', '=', reportId),
    );
    return rows.map((r) => Number(r.revision));
  }
}
