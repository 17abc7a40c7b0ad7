import { AppError } from '@app/common';
import { emptySections } from '@app/content';
import { CompletenessGate, checkOnSave } from './completeness-gate';
import type { Report, StoredCheck } from './report.types';
import type { RevisionRepository } from './revision.repository';

const unit = { name: '某县交通运输局' };
const report = { id: 'report-1', reportYear: 2024, currentRevision: 2 } as Report;

/**
 * A gate over fakes: revision 2 is empty (fails the check); `overridden` is the override's revision;
 * `stored` the verdict stored with the revision at its save (null: saved before verdicts were stored).
 */
function gate(overridden: number | null, title = '报告', stored: StoredCheck | null = null) {
  const revisionOf = (reportId: string, number: number) => ({
    reportId,
    number,
    basedOn: number - 1,
    title,
    sections: emptySections(),
    contentHash: 'h',
    authorId: 'drafter-1',
    createdAt: new Date(),
  });
  const revisions = {
    find: async (reportId: string, number: number) => revisionOf(reportId, number),
    findCheckState: async () => ({ overriddenRevision: overridden, stored }),
  } as Pick<RevisionRepository, 'find' | 'findCheckState'>;
  return new CompletenessGate(revisions as RevisionRepository);
}

describe('CompletenessGate', () => {
  it('refuses an incomplete current revision with the findings (422)', async () => {
    const error: unknown = await gate(null)
      .assertPasses(report, unit)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ statusCode: 422, code: 'COMPLETENESS_CHECK_FAILED' });
    expect((error as AppError).details?.findings).not.toEqual([]);
  });

  it('lets it pass when the reviewer overrode the check for exactly this revision', async () => {
    await expect(gate(2).assertPasses(report, unit)).resolves.toBeUndefined();
  });

  it('does not carry an override over to a later save', async () => {
    await expect(gate(1).assertPasses(report, unit)).rejects.toMatchObject({
      code: 'COMPLETENESS_CHECK_FAILED',
    });
  });

  it('reads the year from the title saved with the revision (2024年度…), not only from the sections', async () => {
    const yearWarning = (r: { findings: Array<{ code: string }> }) =>
      r.findings.some((f) => f.code === 'year_not_found');
    expect(yearWarning(await gate(null, '报告').check(report, unit))).toBe(true);
    expect(
      yearWarning(await gate(null, '某县交通运输局2024年度法治政府建设情况报告').check(report, unit)),
    ).toBe(false);
  });

  describe('the verdict stored at the save', () => {
    const emptyRevision = {
      reportId: report.id,
      number: 2,
      basedOn: 1,
      title: '报告',
      sections: emptySections(),
      contentHash: 'h',
      authorId: 'drafter-1',
      createdAt: new Date(),
    };

    it('is the check a submit would run: an empty revision is stored as failing', () => {
      expect(checkOnSave(report, unit, emptyRevision).stored.passed).toBe(false);
    });

    it('lets a revision that passed at its save leave without checking its text again', async () => {
      // The fake's text is empty: only the stored pass can let it through.
      const stored = { ...checkOnSave(report, unit, emptyRevision).stored, passed: true };
      await expect(gate(null, '报告', stored).assertPasses(report, unit)).resolves.toBeUndefined();
    });

    it('checks the text again when the unit was renamed since the save', async () => {
      const stored = { ...checkOnSave(report, { name: '某县交通局' }, emptyRevision).stored, passed: true };
      await expect(gate(null, '报告', stored).assertPasses(report, unit)).rejects.toMatchObject({
        code: 'COMPLETENESS_CHECK_FAILED',
      });
    });

    it('checks the text again, and lists the findings, when the save stored a failure', async () => {
      const error: unknown = await gate(null, '报告', checkOnSave(report, unit, emptyRevision).stored)
        .assertPasses(report, unit)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ statusCode: 422, code: 'COMPLETENESS_CHECK_FAILED' });
      expect((error as AppError).details?.findings).not.toEqual([]);
    });
  });
});
