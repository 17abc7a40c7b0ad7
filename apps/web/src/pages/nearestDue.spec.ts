import { nearestDue } from './nearestDue';

const none = { stageDueAt: null, stageWorkingDaysLeft: null, dueAt: null, workingDaysLeft: null };

describe('nearestDue (我的待办 剩余时间)', () => {
  it('names the stage limit when it comes first', () => {
    expect(
      nearestDue({
        stageDueAt: '2027-01-12T15:59:59.999Z',
        stageWorkingDaysLeft: 3,
        dueAt: '2027-02-26T15:59:59.999Z',
        workingDaysLeft: 30,
      }),
    ).toEqual({ due: '2027-01-12T15:59:59.999Z', workingDaysLeft: 3, kind: '环节期限' });
  });

  it('names the report’s due date when it comes before the stage limit', () => {
    expect(
      nearestDue({
        stageDueAt: '2027-03-02T15:59:59.999Z',
        stageWorkingDaysLeft: 20,
        dueAt: '2027-02-26T15:59:59.999Z',
        workingDaysLeft: 17,
      }),
    ).toEqual({ due: '2027-02-26T15:59:59.999Z', workingDaysLeft: 17, kind: '报送截止' });
  });

  it('says nothing when neither is known', () => {
    expect(nearestDue(none)).toEqual({ due: null, workingDaysLeft: null, kind: null });
    expect(nearestDue({ ...none, dueAt: '2027-02-26T15:59:59.999Z' }).kind).toBe('报送截止');
  });
});
