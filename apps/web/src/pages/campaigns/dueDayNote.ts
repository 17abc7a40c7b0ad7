import type { CalendarDay } from '../../api/openapi.gen';
import { formatChinaDate } from '../../components/dates';

const WEEKDAYS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

/**
 * What the issuing form says under a chosen due date (a walk, stop 49: a Saturday was taken without
 * a word): nothing for an ordinary working day; the day's name when it is a weekend or a holiday,
 * or a weekend day worked by 调休; and that a year without a holiday schedule is judged Monday to
 * Friday. A warning, not a refusal: an office may mean the date it chose.
 */
export function dueDayNote(day: CalendarDay): { tone: 'warning' | 'info'; text: string } | null {
  const date = `${formatChinaDate(day.date)}（${WEEKDAYS[day.weekday - 1]}）`;
  const unscheduled = day.scheduled
    ? ''
    : `；${day.date.slice(0, 4)}年节假日安排尚未录入，暂按周一至周五判断`;
  if (!day.isWorkingDay) {
    const what =
      day.kind === 'weekend'
        ? '休息日'
        : `${day.name ?? '节假日'}${day.kind === 'regional-holiday' ? '（本地区）' : ''}假期`;
    return { tone: 'warning', text: `${date}是${what}，不是工作日${unscheduled}` };
  }
  if (day.kind === 'swapped-workday' || day.kind === 'regional-workday') {
    return { tone: 'info', text: `${date}因${day.name ?? '节假日'}调休上班，是工作日` };
  }
  return day.scheduled
    ? null
    : { tone: 'info', text: `${date}暂按工作日计：${day.date.slice(0, 4)}年节假日安排尚未录入` };
}
