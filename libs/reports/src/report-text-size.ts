import { textSize, UPLOAD_LIMITS, type ReportSections } from '@app/content';
import { ReportErrors } from './report.errors';

/**
 * Refuses a text longer than any report, before the completeness check runs on it: the check walks
 * every line on the API's event loop, so a save, or a check of unsaved text, of 100,000 lines (blank
 * or not) would hold a process for seconds. The same bound for both, so nothing a save refuses is
 * worth checking and nothing checked is refused at save.
 */
export function assertReportTextSize(sections: ReportSections): void {
  const { paragraphs, lines } = textSize(sections);
  if (paragraphs > UPLOAD_LIMITS.maxParagraphs)
    throw ReportErrors.tooLong(paragraphs, UPLOAD_LIMITS.maxParagraphs);
  if (lines > UPLOAD_LIMITS.maxLines) throw ReportErrors.tooManyLines(lines, UPLOAD_LIMITS.maxLines);
}
