import { Injectable } from '@nestjs/common';
import { ReportErrors } from './report.errors';
import { StampedScanRequirementRepository } from './stamped-scan-requirement.repository';
import { missingStampedScan, type MissingStampedScan, type ScanRequiringCampaign } from './stamped-scan-rule';

/**
 * The dispatch's stamped-scan check (报送时须上传盖章扫描件): before a report leaves its unit, and
 * before it is sent to a campaign that asked later, every campaign that requires the scan must find
 * one of the revision being sent. Refuses 422 STAMPED_SCAN_REQUIRED otherwise.
 */
@Injectable()
export class StampedScanGate {
  constructor(private readonly requirements: StampedScanRequirementRepository) {}

  /**
   * What a dispatch of `revision` needs, for the console to say before the button is pressed: the
   * campaigns that require the scan and, when one does, what is missing (null: nothing).
   */
  async status(
    reportId: string,
    revision: number,
  ): Promise<{
    requiredBy: Array<{ campaignId: string; title: string }>;
    missing: MissingStampedScan | null;
  }> {
    const campaigns = await this.requirements.campaignsOf(reportId);
    const requiredBy = campaigns
      .filter((c) => c.requiresStampedScan)
      .map((c) => ({ campaignId: c.campaignId, title: c.title }));
    if (requiredBy.length === 0) return { requiredBy, missing: null };
    const scannedRevisions = await this.requirements.scannedRevisions(reportId);
    return { requiredBy, missing: missingStampedScan({ campaigns, revision, scannedRevisions }) };
  }

  /** `only`: check just these campaigns (a later dispatch goes to one campaign). */
  async assertReady(reportId: string, revision: number, only?: readonly string[]): Promise<void> {
    let campaigns: ScanRequiringCampaign[] = await this.requirements.campaignsOf(reportId);
    if (only) campaigns = campaigns.filter((c) => only.includes(c.campaignId));
    if (!campaigns.some((c) => c.requiresStampedScan)) return;
    const missing = missingStampedScan({
      campaigns,
      revision,
      scannedRevisions: await this.requirements.scannedRevisions(reportId),
    });
    if (missing) throw ReportErrors.stampedScanRequired(missing);
  }
}
