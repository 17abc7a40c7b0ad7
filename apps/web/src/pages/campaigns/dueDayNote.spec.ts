import type { CalendarDay } from '../../api/openapi.gen';
import { dueDayNote } from './dueDayNote';

const day = (over: Partial<CalendarDay>): CalendarDay => ({
  date: '2026-12-08',
  weekday: 2,
  isWorkingDay: true,
  kind: 'weekday',
  name: null,
  scheduled: true,
  ...over,
});

describe('what the issuing form says under a due date', () => {
  it('says nothing of an ordinary working day', () => {
    expect(dueDayNote(day({}))).toBeNull();
  });

  it('warns of a Saturday, and of a year without a holiday schedule', () => {
    expect(
      dueDayNote(
        day({ date: '2027-02-20', weekday: 6, isWorkingDay: false, kind: 'weekend', scheduled: false }),
      ),
    ).toEqual({
      tone: 'warning',
      text: '2027年2月20日（星期六）是休息日，不是工作日；2027年节假日安排尚未录入，暂按周一至周五判断',
    });
  });

  it('names the holiday, and a region’s own', () => {
    expect(
      dueDayNote(
        day({ date: '2026-10-01', weekday: 4, isWorkingDay: false, kind: 'holiday', name: '国庆节' }),
      )?.text,
    ).toBe('2026年10月1日（星期四）是国庆节假期，不是工作日');
    expect(
      dueDayNote(
        day({
          date: '2025-06-09',
          weekday: 1,
          isWorkingDay: false,
          kind: 'regional-holiday',
          name: '古尔邦节',
        }),
      )?.text,
    ).toBe('2025年6月9日（星期一）是古尔邦节（本地区）假期，不是工作日');
  });

  it('says that a weekend day worked by 调休 is a working day', () => {
    expect(
      dueDayNote(day({ date: '2026-09-20', weekday: 7, kind: 'swapped-workday', name: '国庆节' })),
    ).toEqual({ tone: 'info', text: '2026年9月20日（星期日）因国庆节调休上班，是工作日' });
  });

  it('says a weekday of an unscheduled year is judged Monday to Friday', () => {
    expect(dueDayNote(day({ date: '2027-01-01', weekday: 5, scheduled: false }))).toEqual({
      tone: 'info',
      text: '2027年1月1日（星期五）暂按工作日计：2027年节假日安排尚未录入',
    });
  });
});
