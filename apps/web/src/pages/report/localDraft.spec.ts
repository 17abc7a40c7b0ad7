import type { ReportSections } from '../../api/openapi.gen';
import { mergeStaleDraft, type DraftText } from './localDraft';

const text = (title: string, parts: Partial<ReportSections>): DraftText => ({
  title,
  sections: { measures: '', shortcomings: '', leadersDuty: '', nextYearPlan: '', other: '', ...parts },
});

describe('a local draft from an older revision, brought onto the current one', () => {
  const base = text('报告', { measures: '一、举措', shortcomings: '二、不足', other: '无' });

  it('keeps what was saved since in the parts this browser did not change, and the local edits elsewhere', () => {
    // Another window added a sentence to 举措; this browser edited 不足.
    const current = text('报告', {
      measures: '一、举措\n（六）建立台账。',
      shortcomings: '二、不足',
      other: '无',
    });
    const draft = text('报告', { measures: '一、举措', shortcomings: '二、不足和原因', other: '无' });
    expect(mergeStaleDraft(base, current, draft)).toEqual({
      ...text('报告', {
        measures: '一、举措\n（六）建立台账。',
        shortcomings: '二、不足和原因',
        other: '无',
      }),
      conflicts: [],
    });
  });

  it('keeps the saved text of a part changed in both places, and hands back the local text of it', () => {
    const current = text('报告（修改）', {
      measures: '一、举措（他处保存）',
      shortcomings: '二、不足',
      other: '无',
    });
    const draft = text('报告（本机）', {
      measures: '一、举措（本机）',
      shortcomings: '二、不足',
      other: '有',
    });
    const merged = mergeStaleDraft(base, current, draft);
    expect(merged.title).toBe('报告（修改）');
    expect(merged.sections).toMatchObject({ measures: '一、举措（他处保存）', other: '有' });
    expect(merged.conflicts).toEqual([
      { part: 'title', local: '报告（本机）' },
      { part: 'measures', local: '一、举措（本机）' },
    ]);
  });

  it('does not call the same change made in both places a conflict', () => {
    const same = text('报告', { measures: '一、举措（同）', shortcomings: '二、不足', other: '无' });
    expect(mergeStaleDraft(base, same, same).conflicts).toEqual([]);
  });
});
