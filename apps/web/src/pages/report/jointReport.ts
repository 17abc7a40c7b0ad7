import type { ReportDetail } from '../../api/openapi.gen';
import { placeWord } from '../../levelWords';

/**
 * 联合报告（县委、县政府）: how the report page names a joint 党委+政府 report, with the place's word
 * (县, 州, 市, 镇 …) read from the government's name; null for a unit reporting alone.
 */
export function jointReportLabel(
  report: Pick<ReportDetail, 'unit' | 'unitLevel' | 'coReportingUnit'>,
): string | null {
  if (!report.coReportingUnit) return null;
  // The level when the name says nothing of the place (大丰镇p33 read 县委、县政府: a walk, stop 50).
  const place = placeWord(report.unit.name, report.unitLevel);
  // A township's is 镇党委、镇政府: 镇委 is no word in use (a walk, stop 49: it read 县委、县政府).
  const party = ['镇', '乡'].includes(place) ? `${place}党委` : `${place}委`;
  return `联合报告（${party}、${place}政府）`;
}
