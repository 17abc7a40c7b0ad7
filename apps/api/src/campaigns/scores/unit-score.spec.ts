import { parseLocalDate } from '@app/calendar';
import type { StatutoryItem } from '@app/content';
import { disclosureOf, latenessOf } from '../board-measures';
import { WorkingDayCounter, type Progress } from '../board-rows';
import { unitCampaignFactsOf, type UnitCampaignFacts } from './campaign-facts';
import { DEFAULT_SCORING_RULE, scoringRuleViolations, type ScoringRule } from './scoring-rule';
import { scoreOf } from './unit-score';

/**
 * A hand-computed campaign: notice date Friday 26 Feb 2027, disclosure date 1 April 2027, today
 * 6 April. Working days Monday to Friday (no holiday data for 2027), so Friday 26 Feb → Wednesday
 * 3 March is 3 working days late, → Tuesday 9 March is 7.
 */
const counter = new WorkingDayCounter(null);
const beijing = (local: string) => new Date(`${local}+08:00`);
const now = beijing('2027-04-06T10:00:00');
const noticeDate = parseLocalDate('2027-02-26');
const disclosureDate = parseLocalDate('2027-04-01');

interface Unit {
  name: string;
  submittedAt?: string;
  extendedTo?: string;
  publishedOn?: string;
  missingItems?: StatutoryItem[];
  returnCount?: number;
  progress?: Progress;
}

function factsOf(unit: Unit): UnitCampaignFacts {
  const dueDate = parseLocalDate(unit.extendedTo ?? '2027-02-26');
  const submittedAt = unit.submittedAt ? beijing(unit.submittedAt) : null;
  return unitCampaignFactsOf({
    unit: { id: unit.name, name: unit.name },
    submitted: submittedAt !== null,
    progress: unit.progress ?? (submittedAt ? 'submitted_on_time' : 'overdue'),
    extended: unit.extendedTo !== undefined,
    lateness: latenessOf({ submittedAt, originalDueDate: noticeDate, dueDate, regions: [] }, counter),
    disclosure: disclosureOf({
      publication: unit.publishedOn
        ? { publishedOn: parseLocalDate(unit.publishedOn), url: 'https://example.gov.cn/r' }
        : null,
      disclosureDate,
      now,
    }),
    returnCount: unit.returnCount ?? 0,
    missingItems: unit.missingItems ?? [],
  });
}

const onTimeAndPublished = { submittedAt: '2027-02-25T16:00:00', publishedOn: '2027-03-20' };

describe('per-unit campaign facts', () => {
  it('names lateness against the notice and against the extension, and whether the extension covered it', () => {
    expect(factsOf({ name: 'A', submittedAt: '2027-03-03T09:00:00', publishedOn: '2027-03-20' })).toEqual({
      unit: { id: 'A', name: 'A' },
      submission: {
        kind: 'late',
        workingDaysLateAgainstNotice: 3,
        workingDaysLateAgainstExtended: 3,
        extended: false,
      },
      disclosure: { kind: 'published_on_time', publishedOn: '2027-03-20' },
      missingItems: [],
      returnCount: 0,
    });
    // Extended to Friday 5 March, submitted Tuesday 9 March: 7 days against the notice, 2 against the extension.
    expect(
      factsOf({ name: 'B', submittedAt: '2027-03-09T09:00:00', extendedTo: '2027-03-05' }).submission,
    ).toEqual({
      kind: 'late',
      workingDaysLateAgainstNotice: 7,
      workingDaysLateAgainstExtended: 2,
      extended: true,
    });
    // Within the extension: late against the notice only.
    expect(
      factsOf({ name: 'C', submittedAt: '2027-03-03T09:00:00', extendedTo: '2027-03-05' }).submission,
    ).toEqual({
      kind: 'late',
      workingDaysLateAgainstNotice: 3,
      workingDaysLateAgainstExtended: null,
      extended: true,
    });
  });

  it('tells not submitted after the due date from not yet due, and not published from published late', () => {
    expect(factsOf({ name: 'D' })).toMatchObject({
      submission: { kind: 'not_submitted' },
      disclosure: { kind: 'not_published', dueDate: '2027-04-01' },
    });
    expect(factsOf({ name: 'E', progress: 'on_track' }).submission).toEqual({ kind: 'pending' });
    expect(
      factsOf({ name: 'F', submittedAt: '2027-02-25T16:00:00', publishedOn: '2027-04-02' }).disclosure,
    ).toEqual({ kind: 'published_late', publishedOn: '2027-04-02', dueDate: '2027-04-01' });
  });

  it('lists missing items in item order for a submitted report only', () => {
    expect(factsOf({ ...onTimeAndPublished, name: 'G', missingItems: [4, 2] }).missingItems).toEqual([2, 4]);
    expect(factsOf({ name: 'H', missingItems: [1, 2, 3, 4] }).missingItems).toEqual([]);
  });
});

describe('scores under the default rule (100; −2 a working day late, at most −10; −10 not submitted; −5 not published; −2 an item; −1 a return beyond the first)', () => {
  const table: Array<[Unit, number, string[]]> = [
    [{ ...onTimeAndPublished, name: '按时公开' }, 100, []],
    [
      { name: '逾期三天', submittedAt: '2027-03-03T09:00:00', publishedOn: '2027-03-20' },
      94,
      ['逾期报送3个工作日（按通知日期），扣6分'],
    ],
    [
      // 7 days would be 14 points: capped at the 10 points of submission.
      {
        name: '延期后仍逾期',
        submittedAt: '2027-03-09T09:00:00',
        extendedTo: '2027-03-05',
        publishedOn: '2027-03-20',
      },
      90,
      ['逾期报送7个工作日（按通知日期），扣10分'],
    ],
    [{ name: '未报送', returnCount: 1 }, 85, ['逾期未报送，扣10分', '4月1日前未公开，扣5分']],
    [
      { name: '逾期公开', submittedAt: '2027-02-25T16:00:00', publishedOn: '2027-04-02' },
      95,
      ['逾期公开（4月2日公开，应于4月1日前公开），扣5分'],
    ],
    [
      { ...onTimeAndPublished, name: '缺项', missingItems: [2, 3] },
      96,
      [
        '缺少第二项（存在的不足和原因），扣2分',
        '缺少第三项（党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况），扣2分',
      ],
    ],
    [{ ...onTimeAndPublished, name: '退回三次', returnCount: 3 }, 98, ['被退回3次，扣2分']],
    [{ ...onTimeAndPublished, name: '退回一次', returnCount: 1 }, 100, []],
  ];

  it.each(table.map(([unit, score, reasons]) => [`${unit.name}: ${score}`, unit, score, reasons] as const))(
    '%s',
    (_title, unit, score, reasons) => {
      expect(scoreOf(factsOf(unit), DEFAULT_SCORING_RULE)).toEqual({ score, reasons, pending: false });
    },
  );

  it('follows a campaign’s own rule, lists no deduction of 0 points and never goes below 0', () => {
    const strict: ScoringRule = {
      ...DEFAULT_SCORING_RULE,
      basePoints: 10,
      perWorkingDayLate: 5,
      notPublishedByDisclosureDate: 0,
    };
    expect(scoreOf(factsOf({ name: '未报送' }), strict)).toEqual({
      score: 0,
      reasons: ['逾期未报送，扣10分'],
      pending: false,
    });
    expect(scoreOf(factsOf({ name: 'A', submittedAt: '2027-03-03T09:00:00' }), strict)).toEqual({
      score: 0,
      reasons: ['逾期报送3个工作日（按通知日期），扣10分'],
      pending: false,
    });
  });

  it('does not score a unit that has sent nothing before its due date (暂不评分), and keeps what it already lost', () => {
    expect(scoreOf(factsOf({ name: '未到期', progress: 'on_track' }), DEFAULT_SCORING_RULE).pending).toBe(
      true,
    );
    expect(scoreOf(factsOf({ name: '已逾期', progress: 'overdue' }), DEFAULT_SCORING_RULE).pending).toBe(
      false,
    );
    const returned = scoreOf(
      factsOf({ name: '退回后重拟', progress: 'on_track', returnCount: 3 }),
      DEFAULT_SCORING_RULE,
    );
    expect(returned.pending).toBe(true);
    expect(returned.reasons).toContain('被退回3次，扣2分');
  });
});

describe('the rule’s bounds', () => {
  it('accepts the default and whole points up to the base', () => {
    expect(scoringRuleViolations(DEFAULT_SCORING_RULE)).toEqual([]);
    expect(scoringRuleViolations({ ...DEFAULT_SCORING_RULE, notSubmitted: 100 })).toEqual([]);
  });

  it('names every field out of bounds', () => {
    expect(scoringRuleViolations({ ...DEFAULT_SCORING_RULE, basePoints: 0, perMissingItem: 1.5 })).toEqual([
      'basePoints must be a whole number from 1 to 1000, not 0',
      'perWorkingDayLate must be a whole number from 0 to 0, not 2',
      'notSubmitted must be a whole number from 0 to 0, not 10',
      'notPublishedByDisclosureDate must be a whole number from 0 to 0, not 5',
      'perMissingItem must be a whole number from 0 to 0, not 1.5',
      'perReturnBeyondFirst must be a whole number from 0 to 0, not 1',
    ]);
    expect(scoringRuleViolations({ ...DEFAULT_SCORING_RULE, perReturnBeyondFirst: -1 })).toEqual([
      'perReturnBeyondFirst must be a whole number from 0 to 100, not -1',
    ]);
  });
});
