import type { SubmissionHistory } from '../../api/openapi.gen';
import {
  disclosureText,
  historyByYear,
  latenessLines,
  receiptText,
  yearSummary,
  type HistoryEntry,
} from './submissionHistory';

const measure = (dueDate: string, onTime: boolean | null, workingDaysLate: number | null = null) => ({
  dueDate,
  onTime,
  workingDaysLate,
});

function entry(over: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    reportYear: 2190,
    campaign: {
      id: 'c1',
      title: '关于报送2190年度法治政府建设年度报告的通知',
      documentNumber: null,
      status: 'active',
      issuingUnit: { id: 'u0', name: '依法治州办' },
    },
    reportId: 'r1',
    state: 'submitted',
    stage: '已报送',
    dueDate: '2191-02-27',
    originalDueDate: '2191-02-27',
    extended: false,
    submittedAt: '2191-02-20T02:00:00.000Z',
    submittedOnTime: true,
    lateness: { againstNotice: measure('2191-02-27', true), againstExtended: measure('2191-02-27', true) },
    progress: 'submitted_on_time',
    light: 'green',
    workingDaysOverdue: null,
    returnCount: 0,
    receipt: 'received',
    disclosure: {
      column: 'not_published',
      dueDate: '2191-04-01',
      publishedOn: null,
      publishedLate: null,
      url: null,
    },
    ...over,
  } as HistoryEntry;
}

describe('报送记录 in the words of the 通报', () => {
  it('keeps a submission late against the notice after an extension, and on time against the extension', () => {
    const extended = entry({
      dueDate: '2191-03-08',
      extended: true,
      lateness: {
        againstNotice: measure('2191-02-27', false, 4),
        againstExtended: measure('2191-03-08', true),
      },
    });
    expect(latenessLines(extended).map((l) => l.text)).toEqual([
      '按通知日期：逾期 4 个工作日',
      '按延期后日期：按时',
    ]);
    expect(latenessLines(entry()).map((l) => l.text)).toEqual(['按通知日期：按时']);
  });

  it('says 未报送 once the date passed, and only then', () => {
    const missing = { submittedAt: null, submittedOnTime: null, receipt: null };
    const none = { againstNotice: measure('2191-02-27', null), againstExtended: measure('2191-02-27', null) };
    expect(
      latenessLines(entry({ ...missing, lateness: none, progress: 'overdue', workingDaysOverdue: 6 })),
    ).toEqual([{ text: '未报送（已逾期 6 个工作日）', tone: 'error' }]);
    expect(latenessLines(entry({ ...missing, lateness: none, progress: 'on_track' }))[0].text).toBe(
      '尚未报送（2191年2月27日截止）',
    );
  });

  it('names the receipt: 已接收, 已退回 n 次, 待接收, nothing before it was sent', () => {
    expect(receiptText(entry({ receipt: 'accepted' }))?.text).toBe('已接收');
    expect(receiptText(entry({ receipt: 'accepted', returnCount: 1 }))?.text).toBe('已接收（曾退回 1 次）');
    expect(receiptText(entry({ receipt: 'returned', returnCount: 2 }))?.text).toBe('已退回 2 次');
    expect(receiptText(entry({ receipt: 'received' }))?.text).toBe('待接收');
    expect(receiptText(entry({ receipt: null }))).toBeNull();
  });

  it('says 已公开 with the date, 未公开 with the due date, 逾期未公开', () => {
    const published = entry({
      disclosure: {
        column: 'published',
        dueDate: '2191-04-01',
        publishedOn: '2191-04-03',
        publishedLate: true,
        url: 'https://x.gov.cn/1',
      },
    });
    expect(disclosureText(published).text).toBe('已公开 2191年4月3日（逾期）');
    expect(disclosureText(entry()).text).toBe('未公开（2191年4月1日前）');
    const overdue = entry({
      disclosure: {
        column: 'overdue_unpublished',
        dueDate: '2191-04-01',
        publishedOn: null,
        publishedLate: null,
        url: null,
      },
    });
    expect(disclosureText(overdue).text).toBe('逾期未公开');
  });

  it('lists years newest first and never a withdrawn campaign', () => {
    const year = (reportYear: number, withdrawn = 0) => ({
      reportYear,
      campaigns: 1,
      submittedOnTime: 1,
      submittedLate: 0,
      notSubmitted: 0,
      withdrawn,
      submittedOnTimeAgainstNotice: 1,
      submittedLateAgainstNotice: 0,
    });
    const withdrawn = entry({
      reportYear: 2191,
      campaign: { ...entry().campaign, id: 'c3', status: 'withdrawn' },
    });
    const history: SubmissionHistory = {
      unit: { id: 'u1', name: '某县司法局' },
      years: [year(2190), year(2191, 1)],
      entries: [entry(), entry({ reportYear: 2191, campaign: { ...entry().campaign, id: 'c2' } }), withdrawn],
    };
    const byYear = historyByYear(history);
    expect(byYear.map((y) => [y.year.reportYear, y.entries.map((e) => e.campaign.id)])).toEqual([
      [2191, ['c2']],
      [2190, ['c1']],
    ]);
    expect(yearSummary(byYear[0].year)).toContain('另有 1 项任务已撤销，不计入');
  });
});
