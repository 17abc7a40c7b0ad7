import type { SubmissionHistory } from '../../api/openapi.gen';
import { formatChinaDate } from '../../components/dates';

/**
 * What 报送记录 says of one campaign's report, in the words of the 通报: both lateness measures, the
 * issuing office's 回执, the 公开. Pure, over the API's submission history.
 */
export type HistoryEntry = SubmissionHistory['entries'][number];
export type HistoryYear = SubmissionHistory['years'][number];

export type Tone = 'success' | 'error' | 'warning' | 'default';

export interface Said {
  text: string;
  tone: Tone;
}

type Measure = HistoryEntry['lateness']['againstNotice'];

function measureText(measure: Measure): string {
  if (measure.onTime) return '按时';
  return `逾期 ${measure.workingDaysLate ?? 1} 个工作日`;
}

/**
 * The submission against the notice's date and, when the unit was granted more time, against the
 * extended date too: an extension never turns a late submission into an on-time one by the notice.
 * Not submitted: 未报送 once the date in force passed, else still due.
 */
export function latenessLines(entry: HistoryEntry): Said[] {
  const { againstNotice, againstExtended } = entry.lateness;
  if (entry.submittedAt === null || againstNotice.onTime === null) {
    if (entry.progress === 'overdue') {
      const days = entry.workingDaysOverdue;
      return [{ text: `未报送${days ? `（已逾期 ${days} 个工作日）` : ''}`, tone: 'error' }];
    }
    return [{ text: `尚未报送（${formatChinaDate(entry.dueDate)}截止）`, tone: 'default' }];
  }
  const tone = (m: Measure): Tone => (m.onTime ? 'success' : 'error');
  const lines: Said[] = [{ text: `按通知日期：${measureText(againstNotice)}`, tone: tone(againstNotice) }];
  if (entry.extended)
    lines.push({ text: `按延期后日期：${measureText(againstExtended)}`, tone: tone(againstExtended) });
  return lines;
}

/** The issuing office's 回执: 已接收 / 已退回 n 次 / 待接收; nothing while not sent to it. */
export function receiptText(entry: HistoryEntry): Said | null {
  const returned = entry.returnCount > 0 ? `（曾退回 ${entry.returnCount} 次）` : '';
  switch (entry.receipt) {
    case 'accepted':
      return { text: `已接收${returned}`, tone: 'success' };
    case 'returned':
      return { text: `已退回 ${Math.max(entry.returnCount, 1)} 次`, tone: 'warning' };
    case 'received':
      return { text: `待接收${returned}`, tone: 'default' };
    default:
      return null;
  }
}

/** 已公开 (the date) / 未公开 / 逾期未公开, by the campaign's disclosure date. */
export function disclosureText(entry: HistoryEntry): Said {
  const { column, publishedOn, publishedLate, dueDate } = entry.disclosure;
  if (column === 'published' && publishedOn)
    return {
      text: `已公开 ${formatChinaDate(publishedOn)}${publishedLate ? '（逾期）' : ''}`,
      tone: publishedLate ? 'warning' : 'success',
    };
  if (column === 'overdue_unpublished') return { text: '逾期未公开', tone: 'error' };
  return { text: `未公开（${formatChinaDate(dueDate)}前）`, tone: 'default' };
}

/**
 * The years, newest first, each with its campaigns. A withdrawn campaign asked for nothing in the end:
 * it is not listed (never as 未报送); the year says how many there were.
 */
export function historyByYear(history: SubmissionHistory): Array<{
  year: HistoryYear;
  entries: HistoryEntry[];
}> {
  return [...history.years]
    .sort((a, b) => b.reportYear - a.reportYear)
    .map((year) => ({
      year,
      entries: history.entries.filter(
        (e) => e.reportYear === year.reportYear && e.campaign.status !== 'withdrawn',
      ),
    }));
}

/** The year's line: how many campaigns, on time and late by each measure, missing. */
export function yearSummary(year: HistoryYear): string {
  const parts = [
    `报送任务 ${year.campaigns} 项`,
    `按通知日期按时 ${year.submittedOnTimeAgainstNotice} 项、逾期 ${year.submittedLateAgainstNotice} 项`,
    `按延期后日期按时 ${year.submittedOnTime} 项、逾期 ${year.submittedLate} 项`,
    `未报送 ${year.notSubmitted} 项`,
  ];
  if (year.withdrawn > 0) parts.push(`另有 ${year.withdrawn} 项任务已撤销，不计入`);
  return parts.join('；');
}
