import { endOfDayInstant, parseLocalDate } from '@app/calendar';
import type { Deadline, Report } from '@app/reports';
import { messageFor } from './reminder-message';

const report = {
  title: '2026年度法治政府建设年度报告',
  workflowId: 'default',
  workflowVersion: 1,
  state: 'drafting',
} as Pick<Report, 'title' | 'workflowId' | 'workflowVersion' | 'state'> as Report;

const deadline = (dueAt: Date): Deadline => ({
  id: 'd1',
  reportId: 'r1',
  kind: 'due',
  stage: null,
  dueAt,
  version: 1,
  plannedFrom: new Date(0),
  closedAt: null,
});

describe('reminder texts show Beijing time', () => {
  it('a due date (end of the day in China, i.e. 15:59:59.999 UTC) reads as that date', () => {
    const text = messageFor(
      report,
      deadline(endOfDayInstant(parseLocalDate('2026-12-09'))),
      'reminder',
      'on-day',
    );
    expect(text.body).toBe('2026年度法治政府建设年度报告报送今天（2026年12月9日）到期，请及时办理。');
    expect(text.body).not.toMatch(/T\d\d:|Z/);
  });

  it('a deadline at another hour keeps its Beijing wall-clock time', () => {
    const text = messageFor(report, deadline(new Date('2026-12-09T09:00:00Z')), 'escalation', 'overdue-1');
    expect(text).toEqual({
      title: '督办：2026年度法治政府建设年度报告',
      body: '2026年度法治政府建设年度报告报送已逾期，截止2026年12月9日 17:00（北京时间），请及时办理。',
    });
  });

  it('a disclosure deadline names the publication, whatever state the report is in', () => {
    const text = messageFor(
      { ...report, state: 'submitted' },
      { ...deadline(endOfDayInstant(parseLocalDate('2027-04-01'))), kind: 'disclosure' },
      'reminder',
      'before-3',
    );
    expect(text.body).toBe(
      '2026年度法治政府建设年度报告向社会公开将于2027年4月1日到期（还有3个工作日），请及时办理。',
    );
  });
});
