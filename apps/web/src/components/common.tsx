import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import dayjs from 'dayjs';
import { STATE_COLORS, stateLabel } from '../labels';
import { beijingDay, DAY_MS, dueDay } from './dates';

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

export const formatDate = (value: string | null | undefined): string => {
  if (!value) return '—';
  const [y, m, d] = dueDay(value).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export const formatDateTime = (value: string | null | undefined): string =>
  value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';

/** Whole days from today to the due day (both in China): 0 = due today, negative = overdue. */
export function daysLeft(due: string, now = new Date()): number {
  return Math.round((Date.parse(dueDay(due)) - Date.parse(beijingDay(now))) / DAY_MS);
}

/** 剩余 N 天 in green, orange within 3 days, red when overdue (逾期 N 天). */
export function DaysLeftTag({ due }: { due: string | null | undefined }) {
  if (!due) return <span>—</span>;
  const days = daysLeft(due);
  const text = days < 0 ? `逾期 ${-days} 天` : days === 0 ? '今天到期' : `剩余 ${days} 天`;
  const color = days < 0 ? 'red' : days <= 3 ? 'orange' : 'green';
  return (
    <Tooltip title={`截止 ${formatDate(due)}`}>
      <Tag color={color}>{text}</Tag>
    </Tooltip>
  );
}
