import type { BoardRow, Unit } from '../../api/openapi.gen';
import {
  areasPanelSubject,
  campaignStartDay,
  headlineRate,
  onTimeByArea,
  overdueTrend,
  stageCounts,
} from './boardStats';

const row = (id: string, dueDate: string, submitted: boolean, onTime = submitted): BoardRow =>
  ({
    unit: { id, name: id },
    dueDate,
    submitted,
    progress: submitted ? (onTime ? 'submitted_on_time' : 'submitted_late') : 'not_submitted',
  }) as unknown as BoardRow;

const unit = (id: string, parentId: string | null, level: Unit['level'], kind: Unit['kind']): Unit =>
  ({ id, parentId, level, kind, name: id }) as Unit;

describe('board figures before and after the due date', () => {
  const rows = [row('a', '2027-03-01', true), row('b', '2027-03-01', false), row('c', '2027-03-01', false)];

  it('before the due date: 已报送率 (1 of 3), not an on-time rate', () => {
    expect(headlineRate(rows, { targets: 3, submitted: 1, onTimeRate: 0.33 }, '2026-12-03')).toEqual({
      label: '已报送率',
      rate: 1 / 3,
    });
  });

  it('after the due date: the on-time rate', () => {
    expect(headlineRate(rows, { targets: 3, submitted: 1, onTimeRate: 0.25 }, '2027-03-02')).toEqual({
      label: '按时报送率',
      rate: 0.25,
    });
  });

  it('groups a region board by prefecture; an area not yet due has no rate (未到期), not a 0% bar', () => {
    const units = new Map(
      [
        unit('xj', null, 'province', 'government'),
        unit('cj', 'xj', 'prefecture', 'government'),
        unit('cj-bureau', 'cj', 'prefecture', 'department'),
        unit('xj-dept', 'xj', 'province', 'department'),
      ].map((u) => [u.id, u]),
    );
    const byArea = onTimeByArea(
      [row('cj-bureau', '2027-03-01', true), row('xj-dept', '2027-03-01', false)],
      units,
      '2026-12-03',
      'province',
    );
    expect(byArea).toEqual([
      { label: '本级单位', rate: null, detail: '未到期，已报送 0/1' },
      { label: 'cj', rate: null, detail: '未到期，已报送 1/1' },
    ]);
  });

  it('says beside an area how far the campaign it forwarded below has got (逐级下发)', () => {
    const units = new Map(
      [
        unit('cj', null, 'prefecture', 'government'),
        unit('htb', 'cj', 'county', 'government'),
        unit('htb-office', 'htb', 'county', 'office'),
        unit('mns', 'cj', 'county', 'government'),
      ].map((u) => [u.id, u]),
    );
    const byArea = onTimeByArea(
      [row('htb', '2027-03-01', false), row('mns', '2027-03-01', false)],
      units,
      '2026-12-03',
      'prefecture',
      [
        { issuingUnit: { id: 'htb-office' }, totals: { targets: 5, submitted: 3 } },
        { issuingUnit: { id: 'htb' }, totals: { targets: 2, submitted: 0 } },
      ],
    );
    expect(byArea).toEqual([
      { label: 'htb', rate: null, detail: '未到期，已报送 0/1', below: '下级任务 3/7' },
      { label: 'mns', rate: null, detail: '未到期，已报送 0/1' },
    ]);
  });

  it('charts the on-time share of an area past its due date, and lists the areas not yet due after it', () => {
    const units = new Map(
      [
        unit('xj', null, 'province', 'government'),
        unit('cj', 'xj', 'prefecture', 'government'),
        unit('hm', 'xj', 'prefecture', 'government'),
      ].map((u) => [u.id, u]),
    );
    // 哈密's unit got an extension to April; 昌吉's was due on 1 March and did not report.
    const byArea = onTimeByArea(
      [row('cj', '2027-03-01', false), row('hm', '2027-04-01', false)],
      units,
      '2027-03-10',
      'province',
    );
    expect(byArea).toEqual([
      { label: 'cj', rate: 0, detail: '按时 0/1' },
      { label: 'hm', rate: null, detail: '未到期，已报送 0/1' },
    ]);
  });
});

describe('the overdue trend (walk P14: it began before the campaign existed)', () => {
  const due = (id: string, dueDate: string, submittedAt: string | null = null): BoardRow =>
    ({ unit: { id, name: id }, dueDate, submittedAt }) as unknown as BoardRow;
  const rows = [
    due('a', '2026-12-10'),
    due('b', '2026-12-10', '2026-12-12T03:00:00Z'),
    due('c', '2026-12-20'),
  ];

  it('without an issue date: two weeks before the first due date, or 30 days back', () => {
    const trend = overdueTrend(rows, '2026-12-22');
    expect(trend[0].label).toBe('11-23');
    expect(trend[trend.length - 1]).toEqual({ label: '12-22', value: 2 });
  });

  it('starts on the issue date when the campaign is younger than the window, and ends today', () => {
    const trend = overdueTrend(rows, '2026-12-22', '2026-12-03');
    expect(trend.map((p) => p.label)).toEqual(
      Array.from({ length: 20 }, (_, i) => `12-${String(i + 3).padStart(2, '0')}`),
    );
    // Overdue the day after the due date; b reported on the 12th, so counts on the 11th and 12th only.
    const value = (label: string) => trend.find((p) => p.label === label)?.value;
    expect([value('12-10'), value('12-11'), value('12-12'), value('12-13'), value('12-21')]).toEqual([
      0, 2, 1, 1, 2,
    ]);
  });

  it('an issue date older than the window changes nothing', () => {
    expect(overdueTrend(rows, '2026-12-22', '2026-01-05')).toEqual(overdueTrend(rows, '2026-12-22'));
  });

  it('issued today (or a clock behind the issue date): one point, today', () => {
    expect(overdueTrend(rows, '2026-12-22', '2026-12-22')).toEqual([{ label: '12-22', value: 2 }]);
    expect(overdueTrend(rows, '2026-12-22', '2026-12-25')).toEqual([{ label: '12-22', value: 2 }]);
  });

  it('the campaign begins on its 发文日期, or on the (Beijing) day it was entered if later', () => {
    expect(campaignStartDay({ createdAt: '2026-12-02T17:00:00Z', notice: { issuedOn: '2026-11-28' } })).toBe(
      '2026-12-03',
    );
    expect(campaignStartDay({ createdAt: '2026-12-02T01:00:00Z', notice: { issuedOn: '2026-12-05' } })).toBe(
      '2026-12-05',
    );
  });
});

describe('whom the areas panel is about', () => {
  it('the areas below, unless every target is a department of the issuer’s own level', () => {
    const figure = (label: string) => ({ label, rate: null, detail: '' });
    expect(areasPanelSubject([figure('呼图壁县'), figure('本级单位')], '各县（市、区）')).toBe(
      '各县（市、区）',
    );
    // A county office asking its county's bureaus: no 乡镇 among them (walk, stop 39).
    expect(areasPanelSubject([figure('本级单位')], '各乡镇')).toBe('本级各单位');
    expect(areasPanelSubject([], '各乡镇')).toBe('各乡镇');
  });
});

describe('各环节进度: units that have not started, apart from those drafting (a walk, stop 55)', () => {
  const row = (state: string, stage: string) => ({ state, stage });
  it('counts 未起草 before 起草中, the totals unchanged', () => {
    const rows = [
      row('drafting', '未起草'),
      row('drafting', '未起草'),
      row('drafting', '起草中'),
      row('submitted', '已报送'),
    ];
    expect(stageCounts({ drafting: 3, submitted: 1, accepted: 0 }, rows)).toEqual([
      ['not_started', 2],
      ['drafting', 1],
      ['submitted', 1],
      ['accepted', 0],
    ]);
  });
  it('adds no bar when every unit drafting has saved something', () => {
    expect(stageCounts({ drafting: 1, submitted: 0 }, [row('drafting', '起草中')])).toEqual([
      ['drafting', 1],
      ['submitted', 0],
    ]);
  });
});
