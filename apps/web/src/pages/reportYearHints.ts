import type { ApiError } from '../api/client';

/**
 * The year a new report is most likely for: the year just ended, except in December, when units
 * begin drafting the year's own report (the notices come then; it is due by 1 March).
 */
export function defaultReportYear(today: Date): number {
  return today.getMonth() === 11 ? today.getFullYear() : today.getFullYear() - 1;
}

/**
 * Said when the year chosen has not begun (a walk, stop 56: a 2027 report created in December 2026
 * went through two reviews and stopped at 集体审议, whose meeting must be dated within the year).
 */
export function yearNotBegunText(year: number): string {
  return `${year}年度尚未开始：报告可以起草、审核，集体审议须在${year}年1月1日以后召开，本环节时限也从那天起算。`;
}

/**
 * The report a refused creation names when the unit already has that year's report (REPORT_EXISTS
 * with `details.reportId`), so the dialog can open it; nothing for any other refusal.
 */
export function existingReportId(error: unknown): string | null {
  // Read by shape: this module stays free of the client, which opens the tabs' channel on import.
  const refusal = error as Partial<Pick<ApiError, 'code' | 'details'>> | null;
  if (typeof refusal !== 'object' || refusal?.code !== 'REPORT_EXISTS') return null;
  const named = refusal.details?.reportId;
  return typeof named === 'string' && named !== '' ? named : null;
}
