import { parseLocalDate as day } from '@app/calendar';
import { noticeDraftOf, type NoticeUnitFacts } from './notice-draft';
import { NOTICE_LIMITS, noticeTextViolations } from './notice-text';

const unit = (name: string) => ({ id: `id-${name}`, name });
const base = (name: string, score: number | null = 100): NoticeUnitFacts => ({
  unit: unit(name),
  submission: { kind: 'on_time' },
  disclosure: { kind: 'published_on_time', publishedOn: day('2027-03-20') },
  missingItems: [],
  returnCount: 0,
  score,
});

/** A Changji-like campaign on 6 April 2027: five units, each with one fact, and one without. */
const facts: NoticeUnitFacts[] = [
  {
    ...base('呼图壁县司法局', 94),
    submission: {
      kind: 'late',
      workingDaysLateAgainstNotice: 3,
      workingDaysLateAgainstExtended: null,
      extended: true,
    },
  },
  {
    ...base('玛纳斯县司法局', 90),
    submission: {
      kind: 'late',
      workingDaysLateAgainstNotice: 5,
      workingDaysLateAgainstExtended: 5,
      extended: false,
    },
  },
  { ...base('昌吉市司法局', 90), disclosure: { kind: 'not_published', dueDate: day('2027-04-01') } },
  { ...base('阜康市司法局', 95), missingItems: [3] },
  { ...base('奇台县司法局', 98), returnCount: 2 },
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
      fullMarks: 100,
    });
    expect(draft.title).toBe('关于2026年度法治政府建设年度报告报送情况的通报');
    expect(draft.paragraphs).toEqual([
      '根据《关于报送2026年度法治政府建设年度报告的通知》（昌州政办通〔2027〕2号）要求，6个单位应报送2026年度法治政府建设年度报告。现将报送情况通报如下：',
      '一、总体情况',
      '截至2027年4月6日，按时报送4个，逾期报送2个，逾期未报送0个。',
      // Best first; equals (玛纳斯, 昌吉市) in the board's order.
      '二、各单位得分情况',
      '按本次报送任务的评分规则（满分100分），各单位得分：吉木萨尔县司法局100分、奇台县司法局98分、阜康市司法局95分、呼图壁县司法局94分、玛纳斯县司法局90分、昌吉市司法局90分。',
      '三、逾期报送的单位',
      '呼图壁县司法局（逾期3个工作日，在延期时限内报送）、玛纳斯县司法局（逾期5个工作日）。',
      '四、未按期向社会公开的单位',
      '昌吉市司法局（4月1日前未公开）。',
      '五、报告内容不完整的单位',
      '阜康市司法局（缺少第三项（党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况））。',
      '六、报告多次被退回的单位',
      '奇台县司法局（被退回2次）。',
      '请上述被通报单位认真查找原因，切实加以改进，并将整改情况按要求报送。',
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
        fullMarks: 100,
      }).paragraphs,
    ).toEqual([
      '根据《通知》要求，1个单位应报送2026年度法治政府建设年度报告。现将报送情况通报如下：',
      '一、总体情况',
      '截至2027年3月1日，按时报送1个，逾期报送0个，逾期未报送0个。',
      '二、各单位得分情况',
      '按本次报送任务的评分规则（满分100分），各单位得分：甲100分。',
    ]);
    const late = noticeDraftOf({
      reportYear: 2026,
      campaign: { title: '通知', documentNumber: null },
      asOf: '2027-04-06',
      fullMarks: 100,
      facts: [
        {
          ...base('乙', 70),
          submission: { kind: 'not_submitted' },
          disclosure: { kind: 'not_published', dueDate: day('2027-04-01') },
        },
        {
          ...base('丙', 90),
          disclosure: { kind: 'published_late', publishedOn: day('2027-04-03'), dueDate: day('2027-04-01') },
        },
      ],
    });
    expect(late.paragraphs.slice(3)).toEqual([
      '二、各单位得分情况',
      '按本次报送任务的评分规则（满分100分），各单位得分：丙90分、乙70分。',
      '三、逾期未报送的单位',
      '乙。',
      '四、未按期向社会公开的单位',
      '乙（4月1日前未公开）、丙（4月3日公开，晚于4月1日）。',
      '请上述被通报单位认真查找原因，切实加以改进，并将整改情况按要求报送。',
    ]);
  });

  it('leaves out the units not yet due from the scores, and says how many there are', () => {
    const draft = noticeDraftOf({
      reportYear: 2026,
      campaign: { title: '通知', documentNumber: null },
      asOf: '2027-02-20',
      fullMarks: 80,
      facts: [base('甲', 80), { ...base('乙', null), submission: { kind: 'pending' } }],
    });
    expect(draft.paragraphs).toContain(
      '按本次报送任务的评分规则（满分80分），各单位得分：甲80分；尚未到期、暂不评分的单位1个。',
    );
    const none = noticeDraftOf({
      reportYear: 2026,
      campaign: { title: '通知', documentNumber: null },
      asOf: '2027-02-20',
      fullMarks: 100,
      facts: [{ ...base('乙', null), submission: { kind: 'pending' } }],
    });
    expect(none.paragraphs.join('')).not.toContain('得分');
  });

  it('cuts a long list of units into paragraphs the office can still save after editing', () => {
    // A prefecture's 300 late units, each name 20 characters: one paragraph was over 9,000 characters,
    // and the office's first edit was refused (at most 2,000 characters a paragraph).
    const many = Array.from({ length: 300 }, (_, i) => ({
      ...base(`某某自治州某某县某某某某某局第${String(i).padStart(3, '0')}号`, 90),
      submission: { kind: 'not_submitted' as const },
    }));
    const draft = noticeDraftOf({
      reportYear: 2026,
      campaign: { title: '通知', documentNumber: null },
      asOf: '2027-04-06',
      fullMarks: 100,
      facts: many,
    });
    const violations = noticeTextViolations(
      { ...draft, documentNumber: null, addressees: ['各有关单位'], copiesTo: [] },
      new Set(many.map((f) => f.unit.id)),
    );
    expect(violations).toEqual([]);
    const lists = draft.paragraphs.filter((p) => p.includes('第000号') || p.includes('第299号'));
    expect(lists.length).toBeGreaterThan(0);
    for (const p of draft.paragraphs) expect([...p].length).toBeLessThanOrEqual(NOTICE_LIMITS.paragraphChars);
    // Every unit is named once under 逾期未报送 and once among the scores, none cut in two.
    const text = draft.paragraphs.join('\n');
    for (const f of many) expect(text.split(f.unit.name)).toHaveLength(3);
    const notSubmitted = draft.paragraphs.indexOf('三、逾期未报送的单位');
    expect(draft.paragraphs[notSubmitted + 1].startsWith(many[0].unit.name)).toBe(true);
  });

  it('keeps the closing count of units not yet scored within the limit too', () => {
    // 208 units and one not due: the count appended to a full paragraph took it to 2,004 characters.
    // Every count around a paragraph's capacity, so that one of them fills it to the last characters.
    for (let count = 90; count <= 110; count++) {
      const facts = [
        ...Array.from({ length: count }, (_, i) =>
          base(`某某自治州某某县交通运输局${String(i).padStart(3, '0')}`, 90),
        ),
        { ...base('未到期单位', null), submission: { kind: 'pending' as const } },
      ];
      const draft = noticeDraftOf({
        reportYear: 2026,
        campaign: { title: '通知', documentNumber: null },
        asOf: '2027-02-20',
        fullMarks: 100,
        facts,
      });
      const violations = noticeTextViolations(
        { ...draft, documentNumber: null, addressees: ['各有关单位'], copiesTo: [] },
        new Set(facts.map((f) => f.unit.id)),
      );
      expect(violations).toEqual([]);
      expect(draft.paragraphs.join('')).toContain('尚未到期、暂不评分的单位1个。');
    }
  });
});
