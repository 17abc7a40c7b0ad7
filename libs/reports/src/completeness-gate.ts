import { Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import { checkCompleteness, completenessBasis, emptySections, type CheckResult } from '@app/content';
import type { Unit } from '@app/directory';
import { RevisionRepository } from './revision.repository';
import type { Report, Revision, StoredCheck } from './report.types';

/**
 * The completeness check (形式审查) a report must pass before it leaves drafting, unless the
 * department reviewer overrode it, with a reason, for exactly the current revision.
 */
@Injectable()
export class CompletenessGate {
  constructor(private readonly revisions: RevisionRepository) {}

  async check(
    report: Report,
    unit: Pick<Unit, 'name'>,
    revisionNumber = report.currentRevision,
  ): Promise<CheckResult> {
    const revision = revisionNumber > 0 ? await this.revisions.find(report.id, revisionNumber) : null;
    return checkRevision(report, unit, revision);
  }

  /** Throws 422 with the findings when the current revision fails and was not overridden. */
  async assertPasses(report: Report, unit: Pick<Unit, 'name'>): Promise<void> {
    // One read for both, without the text: every submit asks, so this is on the transitions' hot path.
    const { overriddenRevision, stored } = await this.revisions.findCheckState(
      report.id,
      report.currentRevision,
    );
    if (overriddenRevision === report.currentRevision && report.currentRevision > 0) return;
    // The verdict stored at the save holds while its basis does; a stored failure is checked again,
    // since the refusal lists the findings.
    if (report.currentRevision > 0 && stored?.passed && stored.basis === basisOf(report, unit)) return;
    const revision =
      report.currentRevision > 0 ? await this.revisions.find(report.id, report.currentRevision) : null;
    const result = checkRevision(report, unit, revision);
    if (result.passed) return;
    const errors = result.findings.filter((f) => f.severity === 'error');
    throw new AppError(
      422,
      'COMPLETENESS_CHECK_FAILED',
      `The report cannot leave drafting: the completeness check found ${errors.length} problem(s): ` +
        `${errors.map((f) => f.message).join('；')}. Fix them and save, or ask the department reviewer to override the check with a reason`,
      { findings: errors },
    );
  }
}

/**
 * The check of a revision being saved: its findings for the drafter, and the verdict stored with
 * it, so that a submit need not scan the text again.
 */
export function checkOnSave(
  report: Report,
  unit: Pick<Unit, 'name'>,
  revision: Revision,
): { result: CheckResult; stored: StoredCheck } {
  const result = checkRevision(report, unit, revision);
  return { result, stored: { passed: result.passed, basis: basisOf(report, unit) } };
}

function basisOf(report: Report, unit: Pick<Unit, 'name'>): string {
  return completenessBasis({ campaignYear: report.reportYear, unitName: unit.name });
}

function checkRevision(report: Report, unit: Pick<Unit, 'name'>, revision: Revision | null): CheckResult {
  return checkCompleteness(revision?.sections ?? emptySections(), {
    campaignYear: report.reportYear,
    unitName: unit.name,
    // The title as saved with that revision: it usually carries the year (2026年度…).
    title: revision?.title ?? report.title,
  });
}
