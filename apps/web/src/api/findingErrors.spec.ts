import { planAnswer, planRaise } from '../../../../libs/reports/src/findings/finding-plan';
import { findingFieldMessage } from './errors';

/** The message the API itself sends for a refused step, so a change of its words shows here. */
function refusal(step: () => unknown): { field: string; message: string } {
  try {
    step();
  } catch (error) {
    const e = error as { message: string; details?: { field?: string } };
    return { field: e.details?.field ?? '', message: e.message };
  }
  throw new Error('the step was not refused');
}

describe('a refused 问题清单 field, in words', () => {
  const now = new Date('2069-01-10T02:00:00Z');
  const finding = planRaise({
    id: 'f',
    reportId: 'r',
    campaignId: 'c',
    raisingUnitId: 'u',
    text: '第四部分未写明行政复议纠错率',
    today: '2069-01-10',
    actorUserId: 'a',
    now,
  });
  const answer =
    (completedOn: string, measures = '已补写') =>
    () =>
      planAnswer({
        current: finding,
        expectedVersion: finding.version,
        actorUserId: 'a',
        now,
        completedOn,
        measures,
        today: '2069-01-10',
      });

  it('says a completion date before the finding cannot be, not the server English', () => {
    const { field, message } = refusal(answer('2069-01-09'));
    expect(findingFieldMessage(field, message)).toBe(
      '完成日期不能早于问题提出的日期，请填写整改措施完成（或预计完成）的日期。',
    );
  });

  it('says a completion date over a year ahead is too far, and asks for the measures when empty', () => {
    const far = refusal(answer('2071-01-01'));
    expect(findingFieldMessage(far.field, far.message)).toBe('完成日期不能晚于一年之后，请核对后重新选择。');
    const empty = refusal(answer('2069-01-10', '   '));
    expect(findingFieldMessage(empty.field, empty.message)).toBe('请填写整改措施。');
  });

  it('says a 整改期限 in the past cannot be set', () => {
    const past = refusal(() =>
      planRaise({
        id: 'g',
        reportId: 'r',
        campaignId: 'c',
        raisingUnitId: 'u',
        text: '问题',
        dueOn: '2069-01-01',
        today: '2069-01-10',
        actorUserId: 'a',
        now,
      }),
    );
    expect(findingFieldMessage(past.field, past.message)).toBe('整改期限不能早于今天，请重新选择。');
  });
});
