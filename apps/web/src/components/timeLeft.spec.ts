import { formatBeijingDateTime } from './dates';
import { timeLeftText, urgencyOf } from './timeLeft';

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
