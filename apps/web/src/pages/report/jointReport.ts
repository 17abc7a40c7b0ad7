import type { ReportDetail } from '../../api/openapi.gen';
import { placeWord } from '../../levelWords';

/**
 * 联合报告（县委、县政府）: how the report page names a joint 党委+政府 report, with the place's word
 * (县, 州, 市 …) read from the government's name; null for a unit reporting alone.
 */
export function jointReportLabel(report: Pick<ReportDetail, 'unit' | 'coReportingUnit'>): string | null {
  if (!report.coReportingUnit) return null;
  const place = placeWord(report.unit.name, 'county');
  return `联合报告（${place}委、${place}政府）`;
}
