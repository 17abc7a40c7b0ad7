import { findingFieldMessage } from './errors';

/**
 * The server's messages, as libs/reports finding-plan writes them; its spec
 * (finding-plan.spec.ts, "the words the console reads") keeps the phrases matched here.
 */
describe('a refused 问题清单 field, in words', () => {
  it('says a completion date before the finding cannot be, not the server English', () => {
    expect(
      findingFieldMessage(
        'completedOn',
        'completedOn 2069-01-09 lies before the finding was raised (2069-01-10): give the date the measures were or will be completed',
      ),
    ).toBe('完成日期不能早于问题提出的日期，请填写整改措施完成（或预计完成）的日期。');
  });

  it('says a date over a year ahead is too far, and asks for the measures when empty', () => {
    expect(
      findingFieldMessage(
        'completedOn',
        'completedOn 2071-01-01 lies more than 366 days ahead: give a date on or before 2070-01-11',
      ),
    ).toBe('完成日期不能晚于一年之后，请核对后重新选择。');
    expect(findingFieldMessage('measures', 'measures must not be empty')).toBe('请填写整改措施。');
  });

  it('says a 整改期限 in the past cannot be set, in a decision’s list too', () => {
    expect(findingFieldMessage('findings.1.dueOn', 'The 整改 due date cannot lie before today')).toBe(
      '整改期限不能早于今天，请重新选择。',
    );
  });
});
