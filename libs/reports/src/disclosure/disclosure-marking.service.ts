import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { partsReworded, SECTION_KEYS, type CheckResult, type ReportSections } from '@app/content';
import type { Principal } from '@app/directory';
import { Transactions } from '@app/persistence';
import { AuditRepository } from '../audit.repository';
import { checkOnSave } from '../completeness-gate';
import { plannedSave } from '../revision-save';
import { ReportAccess } from '../report-access';
import { ReportErrors } from '../report.errors';
import { ReportRepository } from '../report.repository';
import type { Revision } from '../report.types';
import { RevisionRepository } from '../revision.repository';
import { republishing } from './disclosure-plan';
import { DisclosureErrors } from './disclosure.errors';
import { DisclosureRepository } from './disclosure.repository';
import type { Disclosure } from './disclosure.types';
import { assertReportTextSize } from '../report-text-size';

export interface MarkingRevisionInput {
  basedOnRevision: number;
  title?: string;
  sections: Partial<ReportSections>;
}

/**
 * 公开版标注: the one change a unit may make to a report its recipients accepted. The confidentiality
 * review (保密审查) may find a passage that must not be public, or markers that do not pair up, after
 * acceptance, when the text can no longer be edited: the review said 需修改 and nothing could follow
 * (a walk, stop 49). The drafter saves a new revision whose words are those of the current one
 * (partsReworded is empty): only what is marked 不予公开 differs. It is recorded as a save in the
 * report's chain; the review then looks at it, and the public version is built from it. What was
 * sent and accepted stays as it was (the recipients read their dispatched revisions).
 */
@Injectable()
export class DisclosureMarkingService {
  constructor(
    private readonly transactions: Transactions,
    private readonly access: ReportAccess,
    private readonly reports: ReportRepository,
    private readonly revisions: RevisionRepository,
    private readonly audit: AuditRepository,
    private readonly disclosures: DisclosureRepository,
    private readonly clock: Clock,
  ) {}

  async save(
    principal: Principal,
    reportId: string,
    input: MarkingRevisionInput,
  ): Promise<Revision & { check: CheckResult }> {
    const { report, unit } = await this.access.writable(principal, reportId, 'report.edit');
    // Accepted by the level above, and told by its own 保密审查 that the current revision needs
    // changes: nothing else opens it (review, stop 49: without the review, a drafter alone could
    // lift what the deliberation approved withholding; a report published on the older paths, in
    // `published`, is closed too).
    // A corrected text reviewed after its earlier publication (republishing) is marked the same way.
    const needsChanges = (d: Disclosure) =>
      (d.status === 'reviewed' || republishing(d, report)) &&
      d.review?.conclusion === 'changes_needed' &&
      d.review.revision === report.currentRevision;
    const closedBecause = (d: Disclosure) =>
      d.status === 'published' && !needsChanges(d)
        ? 'published'
        : !needsChanges(d)
          ? 'no_review_asking'
          : null;
    if (report.state !== 'accepted') throw DisclosureErrors.markingNotOpen(report.state, 'not_accepted');
    if (report.currentRevision !== input.basedOnRevision)
      throw ReportErrors.staleRevision(report.currentRevision, input.basedOnRevision);
    const disclosure = await this.disclosures.find(reportId);
    const closed = closedBecause(disclosure);
    if (closed) throw DisclosureErrors.markingNotOpen(report.state, closed);
    const current = await this.revisions.find(reportId, report.currentRevision);
    if (!current) throw new Error(`revision ${report.currentRevision} of report ${reportId} is missing`);
    const sent = Object.entries(input.sections).filter(([, text]) => typeof text === 'string');
    const sections: ReportSections = { ...current.sections, ...Object.fromEntries(sent) };
    assertReportTextSize(sections);
    const title = input.title?.trim() || current.title;
    const reworded = partsReworded(current, { title, sections });
    if (reworded.length > 0) throw DisclosureErrors.markingChangesText(reworded);
    // A revision identical to the current one marks nothing, yet moved the track's version and made
    // a revision to review again (external QA, stop 52).
    if (title === current.title && SECTION_KEYS.every((key) => sections[key] === current.sections[key]))
      throw DisclosureErrors.markingUnchanged();

    const now = this.clock.now();
    const { revision, event } = plannedSave({
      report,
      principal,
      basedOnRevision: input.basedOnRevision,
      title,
      sections,
      now,
      // In the hash chain: this save changed only what is withheld from the public version.
      fields: { disclosureMarking: true },
    });
    const check = checkOnSave(report, unit, revision);
    const saved = await this.transactions.run(async () => {
      const applied = await this.reports.applySave(
        { id: reportId, expectedVersion: report.version, lastEventSeq: event.seq, lastHash: event.hash, now },
        // The report stays where it is (accepted); the conditional update insists it still is.
        { basedOnRevision: input.basedOnRevision, title, drafting: report.state },
      );
      if (!applied) return false;
      // The report's row first, then the track: the order a disclosure step takes them in.
      const track = await this.disclosures.lock(reportId);
      const closedNow = closedBecause(track);
      if (closedNow) throw DisclosureErrors.markingNotOpen(report.state, closedNow);
      await this.revisions.insert(revision, check.stored);
      await this.audit.append(event);
      // The track's version moves with the text it reviews: a review sent from a page that showed the
      // revision before is refused (409 DISCLOSURE_STALE_VERSION), never recorded against this one.
      if (!(await this.disclosures.save({ ...track, version: track.version + 1 }, track.version, now)))
        throw DisclosureErrors.staleVersion(track);
      return true;
    });
    // Someone saved or acted first: the caller reloads and sees where it stands.
    if (!saved) throw ReportErrors.staleRevision(report.currentRevision + 1, input.basedOnRevision);
    return { ...revision, check: check.result };
  }
}
