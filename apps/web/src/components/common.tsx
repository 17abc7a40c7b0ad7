import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { STATE_COLORS, stateLabel } from '../labels';
import { beijingDay, dueDay, formatBeijingDateTime, formatChinaDate } from './dates';
import { useCalendarYears } from '../api/calendarQueries';
import { timeLeftText, unscheduledYearsNote, unscheduledYearsOf, urgencyOf, type Urgency } from './timeLeft';

export { beijingDay, dueDay };

/** Text/background pairs with at least 4.5:1 contrast (antd's preset tag colours fall short). */
const TONES: Record<string, { color: string; background: string; borderColor: string }> = {
  default: { color: '#262626', background: '#fafafa', borderColor: '#d9d9d9' },
  processing: { color: '#0b3d75', background: '#e6f4ff', borderColor: '#91caff' },
  warning: { color: '#7a4100', background: '#fffbe6', borderColor: '#ffe58f' },
  success: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
};

export type Tone = 'default' | 'processing' | 'warning' | 'success';

/** A tag in one of the readable tones, for statuses that are not report states (回执, 更正). */
export function ToneTag({ tone, title, children }: { tone: Tone; title?: string; children: ReactNode }) {
  return (
    <Tag style={TONES[tone]} title={title}>
      {children}
    </Tag>
  );
}

export function StateTag({ state }: { state: string }) {
  return <Tag style={TONES[STATE_COLORS[state] ?? 'default'] ?? TONES.default}>{stateLabel(state)}</Tag>;
}

export const formatDate = (value: string | null | undefined): string =>
  value ? formatChinaDate(value) : '—';

/** Times in Beijing time (the browser may run in UTC): notifications, events, dispatches. */
export const formatDateTime = (value: string | null | undefined): string =>
  value ? formatBeijingDateTime(value) : '—';

const URGENCY_COLOR: Record<Urgency, string> = {
  overdue: 'red',
  soon: 'orange',
  in_time: 'green',
  unknown: 'default',
};

/**
 * Time left to a due date, the same everywhere: 剩余 N 个工作日（date）, counted by the server on the
 * unit's regional calendar (green, orange within 3 working days, red when overdue).
 */
export function TimeLeftTag({
  due,
  workingDaysLeft,
  wrap = false,
}: {
  due: string | null | undefined;
  workingDaysLeft: number | null | undefined;
  /** May break into two lines (a narrow table column) instead of running out of its cell. */
  wrap?: boolean;
}) {
  const unscheduled = useUnscheduledYears(due, workingDaysLeft);
  if (!due) return <span>—</span>;
  return (
    <ProvisionalNote years={unscheduled}>
      <Tag
        color={URGENCY_COLOR[urgencyOf(workingDaysLeft)]}
        data-testid="time-left"
        className={wrap ? 'rf-tag-wrap' : undefined}
      >
        {timeLeftText({ due, workingDaysLeft, provisional: unscheduled.length > 0 })}
      </Tag>
    </ProvisionalNote>
  );
}

/**
 * The years without a holiday schedule that a working-day count to `due` runs through (none when
 * there is no count: a bare date claims nothing about working days).
 */
export function useUnscheduledYears(
  due: string | null | undefined,
  workingDaysLeft: number | null | undefined,
): number[] {
  const calendar = useCalendarYears().data;
  if (!due || workingDaysLeft === null || workingDaysLeft === undefined) return [];
  return unscheduledYearsOf({ due, today: calendar?.today, scheduledYears: calendar?.scheduledYears });
}

/** Says on hover (and to screen readers) why a count is approximate. */
export function ProvisionalNote({ years, children }: { years: readonly number[]; children: ReactNode }) {
  if (years.length === 0) return <>{children}</>;
  const note = unscheduledYearsNote(years);
  return (
    <Tooltip title={note}>
      <span aria-label={note} data-testid="provisional-count">
        {children}
      </span>
    </Tooltip>
  );
}
