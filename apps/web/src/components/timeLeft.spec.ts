import { formatBeijingDateTime } from './dates';
import { timeLeftText, unscheduledYearsNote, unscheduledYearsOf, urgencyOf } from './timeLeft';

describe('time left, stated one way everywhere', () => {
  it('states working days left with the date', () => {
    expect(timeLeftText({ due: '2027-03-01', workingDaysLeft: 12 })).toBe('剩余 12 个工作日（2027年3月1日）');
  });

  it('reads an end-of-day instant as its day in China', () => {
    // 2027-03-01 23:59:59.999 in Beijing is 15:59 UTC the same day.
    expect(timeLeftText({ due: '2027-03-01T15:59:59.999Z', workingDaysLeft: 1 })).toBe(
      '剩余 1 个工作日（2027年3月1日）',
    );
  });

  it('says 今天到期 on the due day and counts overdue working days after it', () => {
    expect(timeLeftText({ due: '2027-03-01', workingDaysLeft: 0 })).toBe('今天到期（2027年3月1日）');
    expect(timeLeftText({ due: '2027-03-01', workingDaysLeft: -3 })).toBe('逾期 3 个工作日（2027年3月1日）');
  });

  it('leaves the date out where it is printed beside the text (the board)', () => {
    expect(timeLeftText({ due: '2027-03-01', workingDaysLeft: 12, dateShownBeside: true })).toBe(
      '剩余 12 个工作日',
    );
    expect(timeLeftText({ due: '2027-03-01', workingDaysLeft: -3, dateShownBeside: true })).toBe(
      '逾期 3 个工作日',
    );
    expect(timeLeftText({ due: '2027-03-01', workingDaysLeft: null, dateShownBeside: true })).toBe(
      '截止 2027年3月1日',
    );
  });

  it('states only the date when the server sent no count, never calendar days', () => {
    expect(timeLeftText({ due: '2027-03-01', workingDaysLeft: null })).toBe('截止 2027年3月1日');
  });

  it('colours by working days: overdue, within 3, in time', () => {
    expect([-1, 0, 3, 4, null].map(urgencyOf)).toEqual(['overdue', 'soon', 'soon', 'in_time', 'unknown']);
  });
});

describe('times in Beijing time', () => {
  it('shows a UTC instant as Beijing wall-clock time, whatever the browser zone', () => {
    expect(formatBeijingDateTime('2027-02-28T17:05:00.000Z')).toBe('2027-03-01 01:05');
  });
});

describe('a count through a year without a holiday schedule', () => {
  const calendar = { today: '2026-12-07', scheduledYears: [2025, 2026] };

  it('names the unscheduled years between today and the due date, either way round', () => {
    expect(unscheduledYearsOf({ ...calendar, due: '2027-02-20' })).toEqual([2027]);
    expect(unscheduledYearsOf({ ...calendar, due: '2026-12-31T15:59:59.999Z' })).toEqual([]);
    // 2027-01-01 00:00 in Beijing is still 2026 in UTC: the day in China decides.
    expect(unscheduledYearsOf({ ...calendar, due: '2026-12-31T16:00:00.000Z' })).toEqual([2027]);
    expect(
      unscheduledYearsOf({ today: '2028-01-05', scheduledYears: [2026, 2028], due: '2026-12-01' }),
    ).toEqual([2027]);
  });

  it('claims nothing before the calendar is known', () => {
    expect(unscheduledYearsOf({ due: '2027-02-20', today: undefined, scheduledYears: undefined })).toEqual(
      [],
    );
  });

  it('states such a count as approximate, and says why', () => {
    expect(timeLeftText({ due: '2027-02-20', workingDaysLeft: 54, provisional: true })).toBe(
      '剩余约 54 个工作日（2027年2月20日）',
    );
    expect(timeLeftText({ due: '2027-02-20', workingDaysLeft: -2, provisional: true })).toBe(
      '逾期约 2 个工作日（2027年2月20日）',
    );
    expect(unscheduledYearsNote([2027])).toBe(
      '2027年节假日安排尚未录入，工作日暂按周一至周五计算（未扣除法定节假日）',
    );
  });
});
