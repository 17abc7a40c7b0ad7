import type { Unit } from '@app/directory';
import type { ReportLine } from '@app/reports';
import { CampaignErrors } from './campaign.errors';
import type { Campaign } from './campaign.types';

// Which report a campaign asks for (年度报告, or a demonstration area's additional report), and of whom.

/** The line a campaign asks for: a cascade passes on its parent's; otherwise as asked (default annual). */
export function reportLineAsked(asked: ReportLine | undefined, parent: Campaign | null): ReportLine {
  if (parent && asked !== undefined && asked !== parent.reportLine)
    throw CampaignErrors.reportLineMismatch(parent.reportLine);
  return parent?.reportLine ?? asked ?? 'annual';
}

/**
 * The demonstration line is the additional report of a national demonstration area: only a
 * government flagged as one owes it (docs/domain.md). Anyone else asked would get a second report
 * for the year that no rule asks of them.
 */
export function refuseOffTheLine(reportLine: ReportLine, units: Unit[]): void {
  if (reportLine !== 'demonstration_area') return;
  const off = units.filter((u) => u.kind !== 'government' || !u.demonstrationArea);
  if (off.length > 0)
    throw CampaignErrors.notDemonstrationAreas(off.map((u) => ({ id: u.id, name: u.name })));
}
