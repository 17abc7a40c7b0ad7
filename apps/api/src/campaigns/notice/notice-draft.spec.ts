import { parseLocalDate as day } from '@app/calendar';
import type { UnitCampaignFacts } from '../scores/campaign-facts';
import { noticeDraftOf } from './notice-draft';

const unit = (name: string) => ({ id: `id-${name}`, name });
const base = (name: string): UnitCampaignFacts => ({
  unit: unit(name),
  submission: { kind: 'on_time' },
  disclosure: { kind: 'published_on_time', publishedOn: day('2027-03-20') },
  missingItems: [],
  returnCount: 0,
});

/** A Changji-like campaign on 6 April 2027: five units, each with one fact, and one without. */
const facts: UnitCampaignFacts[] = [
  {
    ...base('呼图壁县司法局'),
    submission: {
      kind: 'late',
      workingDaysLateAgainstNotice: 3,
      workingDaysLateAgainstExtended: null,
      extended: true,
    },
  },
  {
    ...base('玛纳斯县司法局'),
    submission: {
      kind: 'late',
      workingDaysLateAgainstNotice: 5,
      workingDaysLateAgainstExtended: 5,
      extended: false,
    },
  },
  { ...base('昌吉市司法局'), disclosure: { kind: 'not_published', dueDate: day('2027-04-01') } },
  { ...base('阜康市司法局'), missingItems: [3] },
  { ...base('奇台县司法局'), returnCount: 2 },
  base('吉木萨尔县司法局'),
];

describe('the 通报 draft', () => {
  it('names each unit under its fact category with the facts, in order, and counts the whole', () => {
    const draft = noticeDraftOf({
      reportYear: 2026,
      campaign: {
        title: '关于报送2026年度法治政府建设年度报告的通知',
        documentNumber: '昌州政办通〔2027〕2号',
      },
      asOf: '2027-04-06',
      facts,
    });
    expect(draft.title).toBe('关于2026年度法治政府建设年度报告报送情况的通报');
    expect(draft.paragraphs).toEqual([
      '根据《关于报送2026年度法治政府建设年度报告的通知》（昌州政办通〔2027〕2号）要求，6个单位应报送2026年度法治政府建设年度报告。现将报送情况通报如下：',
      '一、总体情况',
      '截至2027年4月6日，按时报送4个，逾期报送2个，逾期未报送0个。',
      '二、逾期报送的单位',
      '呼图壁县司法局（逾期3个工作日，在延期时限内报送）、玛纳斯县司法局（逾期5个工作日）。',
      '三、未按期向社会公开的单位',
      '昌吉市司法局（4月1日前未公开）。',
      '四、报告内容不完整的单位',
      '阜康市司法局（缺少第三项（党政主要负责人履行推进法治建设第一责任人职责情况））。',
      '五、报告多次被退回的单位',
      '奇台县司法局（被退回2次）。',
      '请上述单位认真查找原因，切实加以改进，并将整改情况按要求报送。',
    ]);
    // The unit without a fact is not named, so it is not notified.
    expect(draft.namedUnitIds).toEqual([
      'id-呼图壁县司法局',
      'id-玛纳斯县司法局',
      'id-昌吉市司法局',
      'id-阜康市司法局',
      'id-奇台县司法局',
    ]);
  });

  it('says when nobody is to be named, and names units not submitted and published late', () => {
    expect(
      noticeDraftOf({
        reportYear: 2026,
        campaign: { title: '通知', documentNumber: null },
        asOf: '2027-03-01',
        facts: [base('甲')],
      }).paragraphs,
    ).toEqual([
      '根据《通知》要求，1个单位应报送2026年度法治政府建设年度报告。现将报送情况通报如下：',
      '一、总体情况',
      '截至2027年3月1日，按时报送1个，逾期报送0个，逾期未报送0个。',
    ]);
    const late = noticeDraftOf({
      reportYear: 2026,
      campaign: { title: '通知', documentNumber: null },
      asOf: '2027-04-06',
      facts: [
        {
          ...base('乙'),
          submission: { kind: 'not_submitted' },
          disclosure: { kind: 'not_published', dueDate: day('2027-04-01') },
        },
        {
          ...base('丙'),
          disclosure: { kind: 'published_late', publishedOn: day('2027-04-03'), dueDate: day('2027-04-01') },
        },
      ],
    });
    expect(late.paragraphs.slice(3)).toEqual([
      '二、逾期未报送的单位',
      '乙。',
      '三、未按期向社会公开的单位',
      '乙（4月1日前未公开）、丙（4月3日公开，晚于4月1日）。',
      '请上述单位认真查找原因，切实加以改进，并将整改情况按要求报送。',
    ]);
  });
});
