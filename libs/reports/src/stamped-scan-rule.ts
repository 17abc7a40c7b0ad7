/** A campaign the report answers, as the stamped-scan rule reads it. */
export interface ScanRequiringCampaign {
  campaignId: string;
  title: string;
  requiresStampedScan: boolean;
}

export interface StampedScanRuleInput {
  /** The active campaigns the report answers (one report per unit and year may answer several). */
  campaigns: readonly ScanRequiringCampaign[];
  /** The revision being dispatched. */
  revision: number;
  /** The revisions that have a stamped scan uploaded (any order, repeats allowed). */
  scannedRevisions: readonly number[];
}

/** Why the dispatch cannot go: the campaigns that require the scan, and the revision it must show. */
export interface MissingStampedScan {
  revision: number;
  campaigns: Array<{ campaignId: string; title: string }>;
  /** The newest revision that does have a scan (an older version's scan does not count), or null. */
  latestScannedRevision: number | null;
}

/**
 * 报送时须上传盖章扫描件 (issue #18 item 7): a report is dispatched only with a stamped scan of the very
 * revision being sent when any campaign it answers requires one. A scan of an earlier revision is the
 * sealed paper copy of a different text, so it does not count. Pure: the gate reads, this decides.
 */
export function missingStampedScan(input: StampedScanRuleInput): MissingStampedScan | null {
  const requiring = input.campaigns.filter((c) => c.requiresStampedScan);
  if (requiring.length === 0) return null;
  if (input.scannedRevisions.includes(input.revision)) return null;
  const latest = input.scannedRevisions.length > 0 ? Math.max(...input.scannedRevisions) : null;
  return {
    revision: input.revision,
    campaigns: requiring.map((c) => ({ campaignId: c.campaignId, title: c.title })),
    latestScannedRevision: latest,
  };
}
