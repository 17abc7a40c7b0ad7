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
