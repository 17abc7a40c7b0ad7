import { AppError } from '@app/common';
import { emptySections } from '@app/content';
import { CompletenessGate } from './completeness-gate';
import type { Report } from './report.types';
import type { RevisionRepository } from './revision.repository';

const unit = { name: '某县交通运输局' };
const report = { id: 'report-1', reportYear: 2024, currentRevision: 2 } as Report;

/** A gate over fakes: revision 2 is empty (fails the check); `overridden` is the override's revision. */
function gate(overridden: number | null, title = '报告') {
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
    findWithCheckOverride: async (reportId: string, number: number) => ({
      overriddenRevision: overridden,
      revision: revisionOf(reportId, number),
    }),
  } as Pick<RevisionRepository, 'find' | 'findWithCheckOverride'>;
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
});
