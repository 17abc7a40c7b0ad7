import { Injectable } from '@nestjs/common';
import { checkFollowThrough, emptySections, FollowThroughTooLargeError } from '@app/content';
import { readsAsReportingUnit, type Principal } from '@app/directory';
import {
  FindingRepository,
  ReportAccess,
  ReportCopyRepository,
  ReportRepository,
  RevisionRepository,
  type Report,
} from '@app/reports';
import { FollowThroughAnswers, type RevisionRef } from './follow-through-answers';
import { ReportDocumentErrors } from './report-documents.errors';

/**
 * 跟进核对: last year's plan (item 4 of the unit's previous report) held against this year's text,
 * with last year's findings (问题清单) and their 整改. Both reports are asked of the access policy:
 * reading this year's report does not open last year's (a joint report's 党委 reads the joint report,
 * not the government's own report of a year it was not part of: review, stop 53).
 */
@Injectable()
export class FollowThroughService {
  /** Per API process; an answer on a real report is under 7 KB, so 16 MB holds a couple of thousand. */
  private readonly answers = new FollowThroughAnswers(16 * 1024 * 1024);

  constructor(
    private readonly access: ReportAccess,
    private readonly reports: ReportRepository,
    private readonly copies: ReportCopyRepository,
    private readonly findings: FindingRepository,
    private readonly revisions: RevisionRepository,
  ) {}

  async of(principal: Principal, reportId: string) {
    const { report, copy } = await this.access.readable(principal, reportId);
    // A copy recipient compares what was dispatched to it: this year's latest copy against last
    // year's, never a draft of either.
    const last = copy
      ? await this.copies.previousYearCopy({
          unitId: report.unitId,
          reportYear: report.reportYear,
          reportLine: report.reportLine,
          copyUnitId: copy.unitId,
        })
      : await this.lastYearReadInFull(principal, report);
    // Last year's findings and their 整改 are between the unit and the raiser: never a copy's, and
    // only to a reader of last year's report.
    const lastYearFindings =
      copy || !last
        ? []
        : await this.findings.ofUnitYear(report.unitId, report.reportYear - 1, report.reportLine);
    if (!last)
      return {
        lastYearReportId: null,
        entries: [],
        lastYearFindings,
        message: copy
          ? `No ${report.reportYear - 1} report of this unit was copied to ${copy.unitName}`
          : `No ${report.reportYear - 1} report of this unit that you may read is in the system`,
      };
    const thisYear = copy ? copy.latest.revision : report.currentRevision;
    return {
      lastYearReportId: last.id,
      entries: await this.compared(
        { reportId: last.id, revision: last.revision },
        { reportId, revision: thisYear },
      ),
      lastYearFindings,
    };
  }

  /** The unit's report of the year before, when the reader reads it as its own unit or from above. */
  private async lastYearReadInFull(principal: Principal, report: Report) {
    const last = await this.reports.previousYearReport(report);
    if (!last) return null;
    const found = await this.reports.findWithUnit(last.id);
    return found && readsAsReportingUnit(principal, found) ? last : null;
  }

  /** Computed once per pair of revisions: `of` has checked that the reader may read both. */
  private async compared(lastYear: RevisionRef, thisYear: RevisionRef) {
    const known = this.answers.get(lastYear, thisYear);
    if (known) return known;
    const [before, now] = await Promise.all([
      this.revisions.find(lastYear.reportId, lastYear.revision),
      thisYear.revision > 0 ? this.revisions.find(thisYear.reportId, thisYear.revision) : null,
    ]);
    const answer = followThrough(before!.sections, now?.sections ?? emptySections());
    this.answers.set(lastYear, thisYear, answer);
    return answer;
  }
}

function followThrough(...args: Parameters<typeof checkFollowThrough>) {
  try {
    return checkFollowThrough(...args);
  } catch (error) {
    if (error instanceof FollowThroughTooLargeError)
      throw ReportDocumentErrors.followThroughTooLarge(error.plannedItems, error.passages);
    throw error;
  }
}
