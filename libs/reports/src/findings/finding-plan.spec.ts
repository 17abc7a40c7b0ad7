import type { LocalDate } from '@app/calendar';
import { AppError } from '@app/common';
import { planAnswer, planClose, planDecisionFindings, planRaise, planReopen } from './finding-plan';
import type { Finding } from './finding.types';

const today = '2043-02-01' as LocalDate;
const now = new Date('2043-02-01T02:00:00Z');

function raised(overrides: Partial<Parameters<typeof planRaise>[0]> = {}): Finding {
  return planRaise({
    id: 'f1',
    reportId: 'r1',
    campaignId: 'c1',
    raisingUnitId: 'office',
    text: ' 第四部分未写明行政复议纠错率 ',
    today,
    actorUserId: 'coordinator',
    now,
    ...overrides,
  });
}

function refusal(run: () => unknown): { code: string; details: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

const answer = { measures: '已补充', completedOn: '2043-02-09', actorUserId: 'drafter', now, today };

describe('finding plan (问题清单 and 整改)', () => {
  it('raises an open finding due 30 days on unless the coordinator names a date', () => {
    expect(raised()).toMatchObject({
      status: 'open',
      version: 1,
      text: '第四部分未写明行政复议纠错率',
      dueOn: '2043-03-03',
    });
    expect(raised({ dueOn: '2043-02-15' }).dueOn).toBe('2043-02-15');
  });

  it('refuses empty text, a due date before today and a date that is no date', () => {
    expect(refusal(() => raised({ text: '   ' }))).toMatchObject({
      code: 'FINDING_FIELD_INVALID',
      details: { field: 'text' },
    });
    expect(refusal(() => raised({ dueOn: '2043-01-31' }))).toMatchObject({ details: { field: 'dueOn' } });
    expect(refusal(() => raised({ dueOn: '2043-02-30' }))).toMatchObject({ details: { field: 'dueOn' } });
  });

  it('bounds the completion date: not before the finding was raised, at most a year ahead (pen test)', () => {
    const at = (completedOn: string) =>
      refusal(() => planAnswer({ current: raised(), expectedVersion: 1, ...answer, completedOn }));
    expect(at('1900-01-01')).toMatchObject({
      code: 'FINDING_FIELD_INVALID',
      details: { field: 'completedOn' },
    });
    expect(at('2043-01-31')).toMatchObject({ details: { field: 'completedOn' } });
    expect(at('9999-12-31')).toMatchObject({
      code: 'FINDING_FIELD_INVALID',
      details: { field: 'completedOn' },
    });
    expect(at('2044-02-03')).toMatchObject({ details: { field: 'completedOn' } });
    // The day it was raised and a year (366 days) on are both accepted.
    for (const completedOn of ['2043-02-01', '2044-02-02'])
      expect(
        planAnswer({ current: raised(), expectedVersion: 1, ...answer, completedOn }).answer?.completedOn,
      ).toBe(completedOn);
    // The office's 整改 due date has the same ceiling.
    expect(refusal(() => raised({ dueOn: '9999-12-31' }))).toMatchObject({ details: { field: 'dueOn' } });
  });

  it('answers, then closes: each step one version on, the answer kept', () => {
    const answered = planAnswer({ current: raised(), expectedVersion: 1, ...answer });
    expect(answered).toMatchObject({
      status: 'answered',
      version: 2,
      answer: { measures: '已补充', completedOn: '2043-02-09' },
    });
    const closed = planClose({ current: answered, expectedVersion: 2, actorUserId: 'coordinator', now });
    expect(closed).toMatchObject({
      status: 'closed',
      version: 3,
      answer: answered.answer,
      decision: { comment: null },
    });
  });

  it('refuses a step on a version the caller did not see', () => {
    expect(refusal(() => planAnswer({ current: raised(), expectedVersion: 2, ...answer }))).toMatchObject({
      code: 'FINDING_STALE_VERSION',
      details: { currentVersion: 1 },
    });
  });

  it('closes only an answered finding, answers only one not closed, reopens only one not open', () => {
    const open = raised();
    expect(refusal(() => planClose({ current: open, expectedVersion: 1, actorUserId: 'c', now })).code).toBe(
      'FINDING_WRONG_STATUS',
    );
    expect(
      refusal(() =>
        planReopen({ current: open, expectedVersion: 1, actorUserId: 'c', now, comment: 'x', today }),
      ).code,
    ).toBe('FINDING_WRONG_STATUS');
    const closed = planClose({
      current: planAnswer({ current: open, expectedVersion: 1, ...answer }),
      expectedVersion: 2,
      actorUserId: 'c',
      now,
    });
    expect(refusal(() => planAnswer({ current: closed, expectedVersion: 3, ...answer })).code).toBe(
      'FINDING_WRONG_STATUS',
    );
  });

  it('reopens with a reason, keeping the earlier answer and, unless moved, the due date', () => {
    const answered = planAnswer({ current: raised(), expectedVersion: 1, ...answer });
    expect(
      refusal(() =>
        planReopen({ current: answered, expectedVersion: 2, actorUserId: 'c', now, comment: ' ', today }),
      ),
    ).toMatchObject({ details: { field: 'comment' } });
    const reopened = planReopen({
      current: answered,
      expectedVersion: 2,
      actorUserId: 'c',
      now,
      comment: '不够具体',
      today,
    });
    expect(reopened).toMatchObject({
      status: 'open',
      version: 3,
      dueOn: '2043-03-03',
      answer: answered.answer,
      decision: { comment: '不够具体' },
    });
    const moved = planReopen({
      current: answered,
      expectedVersion: 2,
      actorUserId: 'c',
      now,
      comment: '不够具体',
      dueOn: '2043-04-01',
      today,
    });
    expect(moved.dueOn).toBe('2043-04-01');
  });
});

describe('planDecisionFindings (findings written into an accept or return)', () => {
  const base = {
    reportId: 'r1',
    campaignId: 'c1',
    raisingUnitId: 'office',
    today,
    actorUserId: 'coordinator',
    now,
  };
  const ids = () => {
    let n = 0;
    return () => `f${(n += 1)}`;
  };

  it('plans every finding on the receipt, each with its own id and date', () => {
    const planned = planDecisionFindings({
      ...base,
      newId: ids(),
      findings: [{ text: '缺少数据', dueOn: '2043-02-10' }, { text: '未公开' }],
    });
    expect(planned.map((f) => [f.id, f.text, f.dueOn, f.raisingUnitId])).toEqual([
      ['f1', '缺少数据', '2043-02-10', 'office'],
      ['f2', '未公开', '2043-03-03', 'office'],
    ]);
  });

  it('refuses the whole list on one bad finding, naming its index and the request field', () => {
    const refusal = (findings: Array<{ text: string; dueOn?: string }>) => {
      try {
        planDecisionFindings({ ...base, newId: ids(), findings });
      } catch (error) {
        return error as AppError;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal([{ text: '好' }, { text: ' ' }]).details).toEqual({ field: 'findings.1.text' });
    expect(refusal([{ text: '早', dueOn: '2043-01-31' }]).details).toEqual({
      field: 'findings.0.dueOn',
    });
    expect(refusal([{ text: '早', dueOn: '2043-02-30' }]).code).toBe('FINDING_FIELD_INVALID');
  });
});

/** The console words FINDING_FIELD_INVALID by these phrases (apps/web api/errors findingFieldMessage). */
describe('the words the console reads in a refused 问题清单 field', () => {
  const message = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      if (error instanceof AppError) return error.message;
      throw error;
    }
    throw new Error('expected a refusal');
  };
  const answered =
    (completedOn: string, measures = '已补充') =>
    () =>
      planAnswer({ current: raised(), expectedVersion: 1, ...answer, measures, completedOn });

  it('keeps the phrases: before the finding was raised, days ahead, before today, must not be empty', () => {
    expect(message(answered('2043-01-31'))).toMatch(/before the finding was raised/);
    expect(message(answered('2045-01-01'))).toMatch(/days ahead/);
    expect(message(() => raised({ dueOn: '2043-01-31' }))).toMatch(/before today/);
    expect(message(() => raised({ dueOn: '2045-01-01' }))).toMatch(/days ahead/);
    expect(message(answered('2043-02-09', '  '))).toMatch(/must not be empty/);
  });
});
