import { endOfDayInstant, parseLocalDate, type LocalDate } from '@app/calendar';
import type { AppError } from '@app/common';
import type { Principal, Unit } from '@app/directory';
import { DEFAULT_REMINDER_POLICY } from '@app/reports';
import { planDueDates, planTargets, targetMessages, type DueDateRules } from './target-plan';

const day = (text: string): LocalDate => parseLocalDate(text);

function unit(id: string, path: string, extra: Partial<Unit> = {}): Unit {
  return {
    id,
    parentId: null,
    path,
    depth: path.split('/').length - 2,
    name: `单位${id}`,
    kind: 'department',
    level: 'county',
    divisionCode: null,
    demonstrationArea: false,
    housedInUnitId: null,
    createdAt: new Date('2025-01-01T00:00:00Z'),
    ...extra,
  };
}

// 昌吉州 > 玛纳斯县 (county government, a demonstration area) > 玛纳斯县交通运输局;
// 呼图壁县交通运输局 sits under an ordinary county.
const prefecture = unit('p', '/p/', { kind: 'government', level: 'prefecture' });
const manas = unit('m', '/p/m/', { kind: 'government', demonstrationArea: true });
const manasTransport = unit('mt', '/p/m/mt/');
const hutubiTransport = unit('ht', '/p/h/ht/');
const rules = (over: Partial<DueDateRules> = {}): DueDateRules => ({
  reportYear: 2025,
  reportLine: 'annual',
  dueDate: null,
  ceiling: null,
  today: day('2026-01-10'),
  ...over,
});

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return (error as AppError).code;
  }
  throw new Error('expected a refusal');
}

describe('planDueDates', () => {
  it("gives a demonstration county's departments and ordinary reports 1 March, like everyone else's", () => {
    const dates = planDueDates([manas, manasTransport, hutubiTransport], rules());
    expect(Object.fromEntries(dates)).toEqual({ m: '2026-03-01', mt: '2026-03-01', ht: '2026-03-01' });
  });

  it('gives the demonstration line end of January, and refuses a later date on it', () => {
    const line = { reportLine: 'demonstration_area' as const };
    expect(planDueDates([manas], rules(line)).get('m')).toBe('2026-01-31');
    expect(planDueDates([manas], rules({ ...line, dueDate: day('2026-01-20') })).get('m')).toBe('2026-01-20');
    expect(codeOf(() => planDueDates([manas], rules({ ...line, dueDate: day('2026-02-20') })))).toBe(
      'DUE_DATE_AFTER_REGULATION',
    );
  });

  it("never lets a cascade's unit be due after the date its parent gave", () => {
    const dates = planDueDates([hutubiTransport], rules({ ceiling: day('2026-02-15') }));
    expect(dates.get('ht')).toBe('2026-02-15');
  });

  it('uses the campaign date for every unit when it is no later than the regulation allows', () => {
    const dates = planDueDates([manasTransport, hutubiTransport], rules({ dueDate: day('2026-01-20') }));
    expect([...dates.values()]).toEqual(['2026-01-20', '2026-01-20']);
  });

  it('refuses a campaign date later than the regulation allows for some unit, or after the parent, or past', () => {
    expect(codeOf(() => planDueDates([manasTransport], rules({ dueDate: day('2026-03-10') })))).toBe(
      'DUE_DATE_AFTER_REGULATION',
    );
    expect(
      codeOf(() =>
        planDueDates([hutubiTransport], rules({ dueDate: day('2026-02-10'), ceiling: day('2026-02-01') })),
      ),
    ).toBe('DUE_DATE_AFTER_PARENT');
    expect(codeOf(() => planDueDates([hutubiTransport], rules({ dueDate: day('2026-01-09') })))).toBe(
      'DATE_IN_PAST',
    );
  });

  it('refuses a report year whose regulation date has already passed, with or without a date of its own', () => {
    expect(codeOf(() => planDueDates([manasTransport], rules({ today: day('2026-03-02') })))).toBe(
      'REGULATION_DATE_PASSED',
    );
    // Not DUE_DATE_AFTER_REGULATION, whose advice (an earlier date) would be in the past.
    expect(
      codeOf(() =>
        planDueDates([manasTransport], rules({ today: day('2026-03-02'), dueDate: day('2026-03-10') })),
      ),
    ).toBe('REGULATION_DATE_PASSED');
    // …and with a date already past: a later one would be refused too (scenario test, stop 48).
    expect(
      codeOf(() =>
        planDueDates([manasTransport], rules({ today: day('2026-03-02'), dueDate: day('2026-02-20') })),
      ),
    ).toBe('REGULATION_DATE_PASSED');
    // The regulation's last day itself is still open.
    expect([
      ...planDueDates(
        [manasTransport],
        rules({ today: day('2026-03-01'), dueDate: day('2026-03-01') }),
      ).values(),
    ]).toEqual(['2026-03-01']);
  });
});

describe('planTargets and targetMessages', () => {
  const principal: Principal = {
    userId: 'coordinator-1',
    username: 'cj-coordinator',
    displayName: '州司法局协调员',
    unitId: 'p',
    unitPath: '/p/',
    roles: [{ role: 'coordinator', unitId: 'p', unitPath: '/p/' }],
    sessionId: 's',
  };
  const campaign = {
    id: 'c1',
    reportYear: 2025,
    reportLine: 'annual' as const,
    workflow: { id: 'default', version: 1 },
    stageLimits: { dept_review: 3 },
    reminderPolicy: DEFAULT_REMINDER_POLICY,
    chainRules: { deliberation: true, legalReview: false, signOff: true },
  };
  const planned = planTargets({
    campaign,
    issuer: prefecture,
    units: [manasTransport, hutubiTransport],
    dueDates: new Map([
      ['mt', day('2026-01-31')],
      ['ht', day('2026-03-01')],
    ]),
    principal,
    notice: { kind: 'campaign_issued', title: '报送任务：2025年度报告', body: (due) => `请于${due}前报送` },
  });

  it("plans one report per unit, received by the issuer and due at the end of the unit's own day", () => {
    expect(planned.map((p) => [p.unit.id, p.dueDate])).toEqual([
      ['mt', '2026-01-31'],
      ['ht', '2026-03-01'],
    ]);
    expect(planned[1].report).toEqual({
      principal,
      unitId: 'ht',
      reportYear: 2025,
      reportLine: 'annual',
      campaignId: 'c1',
      receivingUnitId: 'p',
      workflow: campaign.workflow,
      // The unit's own chain is held to the campaign's stored rules, not to its path's safeguards.
      chainRules: campaign.chainRules,
      stageLimits: campaign.stageLimits,
      reminderPolicy: DEFAULT_REMINDER_POLICY,
      dueAt: endOfDayInstant(day('2026-03-01')),
      askedByCampaignIssuer: true,
    });
    expect(planned.map((p) => p.notice.body)).toEqual(['请于2026-01-31前报送', '请于2026-03-01前报送']);
  });

  it('writes one notice body per distinct due date, each target still getting its own date', () => {
    const asked: string[] = [];
    const third = unit('zt', '/p/z/zt/', { name: '昌吉县交通运输局' });
    const notices = planTargets({
      campaign,
      issuer: prefecture,
      units: [manasTransport, hutubiTransport, third],
      dueDates: new Map([
        ['mt', day('2026-01-31')],
        ['ht', day('2026-03-01')],
        ['zt', day('2026-01-31')],
      ]),
      principal,
      notice: {
        kind: 'campaign_issued',
        title: 't',
        body: (due) => {
          asked.push(due);
          return `请于${due}前报送`;
        },
      },
    }).map((p) => [p.unit.id, p.notice.body]);
    expect(notices).toEqual([
      ['mt', '请于2026-01-31前报送'],
      ['ht', '请于2026-03-01前报送'],
      ['zt', '请于2026-01-31前报送'],
    ]);
    expect(asked).toEqual(['2026-01-31', '2026-03-01']);
  });

  it('tells a party committee reporting jointly that its government drafts the one report', () => {
    const government = unit('g', '/p/g/', { kind: 'government', name: '甲县人民政府' });
    const party = unit('gp', '/p/g/gp/', { kind: 'party_committee', name: '中共甲县委员会' });
    const [forGovernment, forParty] = planTargets({
      campaign,
      issuer: prefecture,
      units: [government, party],
      dueDates: new Map([
        ['g', day('2026-03-01')],
        ['gp', day('2026-03-01')],
      ]),
      principal,
      notice: { kind: 'campaign_issued', title: 't', body: (due) => `请于${due}前报送。` },
      joint: new Map([['gp', government]]),
    });
    expect(forGovernment.notice.body).toBe('请于2026-03-01前报送。');
    expect(forParty.notice.body).toBe(
      '请于2026-03-01前报送。本年度与甲县人民政府联合报告，由甲县人民政府起草、报送，你单位可查阅。',
    );
  });

  it('refuses to plan a unit that was given no due date', () => {
    expect(() =>
      planTargets({
        campaign,
        issuer: prefecture,
        units: [manasTransport],
        dueDates: new Map(),
        principal,
        notice: { kind: 'k', title: 't', body: () => 'b' },
      }),
    ).toThrow('No due date was planned for target mt');
  });

  it("tells each drafter of a target unit about that unit's report, once per report and person", () => {
    const created = planned.map((p, i) => ({
      target: {
        campaignId: 'c1',
        unitId: p.unit.id,
        reportId: `r${i}`,
        originalDueDate: p.dueDate,
        dueDate: p.dueDate,
      },
      notice: p.notice,
      unitName: p.unit.name,
    }));
    const messages = targetMessages('c1', created, [
      { userId: 'u-ht', unitId: 'ht', readsReport: true },
      { userId: 'u-elsewhere', unitId: 'not-a-target', readsReport: true },
      // The unit's 依法治X办 (below a government in the tree) is sent to the campaign, not the report.
      { userId: 'u-office', unitId: 'ht', readsReport: false },
    ]);
    expect(messages).toEqual([
      {
        userId: 'u-ht',
        kind: 'campaign_issued',
        reportId: 'r1',
        campaignId: 'c1',
        title: '报送任务：2025年度报告',
        body: '请于2026-03-01前报送',
        dedupKey: 'campaign_issued-c1-r1-u-ht',
      },
      {
        userId: 'u-office',
        kind: 'campaign_issued',
        reportId: null,
        campaignId: 'c1',
        title: '报送任务：2025年度报告',
        body: `请于2026-03-01前报送（报送单位：${planned[1].unit.name}）`,
        dedupKey: 'campaign_issued-c1-r1-u-office',
      },
    ]);
  });
});
