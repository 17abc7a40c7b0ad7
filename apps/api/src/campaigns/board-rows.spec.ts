import { loadCalendarFromDir, type LocalDate } from '@app/calendar';
import { resolve } from 'node:path';
import {
  filterRows,
  rollupEntryOf,
  sortRows,
  toBoardRow,
  totalsOf,
  unknownStatesOf,
  WorkingDayCounter,
  type TargetFacts,
} from './board-rows';

const calendar = loadCalendarFromDir(resolve(__dirname, '../../../../config/calendar'));
const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);

function facts(over: Partial<TargetFacts> = {}): TargetFacts {
  return {
    unitId: 'u1',
    unitName: '奇台县交通运输局',
    unitKind: 'department',
    unitLevel: 'county',
    unitPath: '/u1/',
    regions: ['65'],
    reportId: 'r1',
    state: 'drafting',
    workflowId: 'default',
    workflowVersion: 1,
    receivingUnitId: 'cj',
    stageDueAt: null,
    dueDate: '2026-02-27' as LocalDate,
    originalDueDate: '2026-02-27' as LocalDate,
    submittedAt: null,
    returnCount: 0,
    pendingExtensionId: null,
    ...over,
  };
}

function row(over: Partial<TargetFacts>, now: Date) {
  const today = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) as LocalDate;
  return toBoardRow(facts(over), {
    now,
    today,
    counter: new WorkingDayCounter(calendar),
    holders: new Map([
      ['u1|drafter', ['奇台起草']],
      ['cj|coordinator', ['昌吉州司法局协调员']],
    ]),
  });
}

describe('the board row of one target', () => {
  it('shows a report in a state its workflow does not know as 未知状态, naming nobody, and the rest as usual', () => {
    // Before: rolesThatAct threw and the whole board answered 500 for one bad row.
    const bad = row({ state: 'lost_state' }, at('2026-02-10'));
    expect(bad).toMatchObject({
      state: 'lost_state',
      stage: '未知状态（lost_state）',
      holders: { roles: [], names: [] },
      submitted: false,
      light: 'green',
    });
    expect(row({}, at('2026-02-10'))).toMatchObject({ stage: '起草中', holders: { names: ['奇台起草'] } });
    expect(
      rollupEntryOf(facts({ state: 'lost_state' }), {
        now: at('2026-02-10'),
        today: '2026-02-10' as LocalDate,
        counter: new WorkingDayCounter(calendar),
      }),
    ).toMatchObject({ state: 'lost_state', progress: 'on_track' });
    expect(
      unknownStatesOf([facts(), facts({ state: 'lost_state' }), facts({ state: 'lost_state' })]),
    ).toEqual(['default@1 lost_state']);
  });

  it('says 未起草 of a report nobody has saved a word of, 起草中 once a revision is saved', () => {
    // A walk (stop 53): units that had never opened their report read 起草中 like those writing.
    const day = at('2026-02-10');
    expect(row({ currentRevision: 0 }, day)).toMatchObject({ state: 'drafting', stage: '未起草' });
    expect(row({ currentRevision: 0 }, day).holders.names).toEqual(['奇台起草']);
    expect(row({ currentRevision: 2 }, day).stage).toBe('起草中');
    expect(row({ currentRevision: 0, state: 'dept_review' }, day).stage).not.toBe('未起草');
  });

  it('is green with working days left, yellow within three, red once the due day has ended', () => {
    // 11-13 Feb, the worked Saturday 14 Feb, then 24-27 Feb after the Spring Festival: 8 left.
    expect(row({}, at('2026-02-10'))).toMatchObject({
      light: 'green',
      progress: 'on_track',
      workingDaysLeft: 8,
    });
    // 26, 27 February are working days: 2 left.
    expect(row({}, at('2026-02-25'))).toMatchObject({
      light: 'yellow',
      progress: 'due_soon',
      workingDaysLeft: 2,
    });
    expect(row({}, at('2026-02-27', '23:59'))).toMatchObject({ light: 'yellow', workingDaysLeft: 0 });
    // 28 February 2026 is a worked Saturday (调休), so 2 March is already two days overdue.
    expect(row({}, at('2026-03-02'))).toMatchObject({
      light: 'red',
      progress: 'overdue',
      workingDaysOverdue: 2,
    });
  });

  it('states the stage deadline (本环节截止) in working days too, as the report page does', () => {
    // The stage is due at the end of 27 February: on 10 February that is 8 working days away.
    const stageDueAt = new Date('2026-02-27T15:59:59.999Z');
    expect(row({ stageDueAt }, at('2026-02-10')).stageWorkingDaysLeft).toBe(8);
    expect(row({ stageDueAt }, at('2026-03-02')).stageWorkingDaysLeft).toBe(-2);
    expect(row({}, at('2026-02-10')).stageWorkingDaysLeft).toBeNull();
  });

  it('counts the Spring Festival as days off', () => {
    // 13 Feb (Fri) -> 27 Feb: 14 Feb is a worked Saturday, 15-23 Feb are the holiday.
    expect(row({}, at('2026-02-13')).workingDaysLeft).toBe(5);
  });

  it('tells an on-time submission from a late one, and says who holds the report', () => {
    const onTime = row({ state: 'submitted', submittedAt: at('2026-02-27', '23:00') }, at('2026-03-04'));
    expect(onTime).toMatchObject({ light: 'green', submittedOnTime: true, submitted: true });
    expect(onTime.holders).toEqual({ roles: ['coordinator'], names: ['昌吉州司法局协调员'] });
    const late = row({ state: 'accepted', submittedAt: at('2026-03-03') }, at('2026-03-04'));
    expect(late).toMatchObject({
      light: 'red',
      progress: 'submitted_late',
      submittedOnTime: false,
      workingDaysOverdue: 3,
    });
    const drafting = row({}, at('2026-02-10'));
    expect(drafting.holders).toEqual({ roles: ['drafter'], names: ['奇台起草'] });
    // Returned after a submission: it is not submitted any more, whatever submitted_at says.
    const returned = row(
      { state: 'drafting', submittedAt: at('2026-02-20'), returnCount: 1 },
      at('2026-02-24'),
    );
    expect(returned).toMatchObject({ submitted: false, submittedOnTime: null, returnCount: 1 });
  });

  it('counts Monday to Friday for a year without holiday data instead of failing', () => {
    const counter = new WorkingDayCounter(calendar);
    expect(counter.between('2031-02-24' as LocalDate, '2031-03-03' as LocalDate, [])).toBe(5);
    expect(counter.between('2031-03-03' as LocalDate, '2031-02-24' as LocalDate, [])).toBe(-5);
  });
});

describe('totals, filters and sort', () => {
  const now = at('2026-03-04');
  const rows = [
    row({ unitId: 'a', unitName: '甲', state: 'submitted', submittedAt: at('2026-02-10') }, now),
    row({ unitId: 'b', unitName: '乙', state: 'submitted', submittedAt: at('2026-03-03') }, now),
    row({ unitId: 'c', unitName: '丙' }, now),
    row({ unitId: 'd', unitName: '丁', dueDate: '2026-03-20' as LocalDate }, now),
  ];
  const states = [
    'drafting',
    'dept_review',
    'legal_review',
    'party_approval',
    'submitted',
    'accepted',
    'published',
  ];

  it('totals per state, light and progress, and the on-time rate over all targets', () => {
    expect(totalsOf(rows, states)).toMatchObject({
      targets: 4,
      byState: { drafting: 2, submitted: 2, accepted: 0 },
      byLight: { green: 2, yellow: 0, red: 2 },
      submitted: 2,
      submittedOnTime: 1,
      submittedLate: 1,
      overdue: 1,
      onTimeRate: 0.25,
    });
    expect(totalsOf([], states).onTimeRate).toBeNull();
  });

  it('filters by state, overdue and light, and sorts by urgency', () => {
    expect(filterRows(rows, { states: ['drafting'] }).map((r) => r.unit.name)).toEqual(['丙', '丁']);
    expect(filterRows(rows, { overdue: true }).map((r) => r.unit.name)).toEqual(['丙']);
    expect(filterRows(rows, { light: 'red' }).map((r) => r.unit.name)).toEqual(['乙', '丙']);
    expect(sortRows(rows, 'urgency').map((r) => r.unit.name)).toEqual(['丙', '乙', '丁', '甲']);
    expect(sortRows(rows, 'unit', 'desc').map((r) => r.unit.name)).toEqual(['丁', '丙', '乙', '甲']);
    expect(sortRows(rows, 'state', 'asc', states).map((r) => r.state)).toEqual([
      'drafting',
      'drafting',
      'submitted',
      'submitted',
    ]);
  });
});

describe('a cascaded target in the roll-up', () => {
  it('counts with the state, light and progress its board row shows, without the row', () => {
    const cases: Array<[Partial<TargetFacts>, Date]> = [
      [{}, at('2026-02-10')],
      [{}, at('2026-02-25')],
      [{}, at('2026-02-28')],
      [{ state: 'submitted', submittedAt: at('2026-02-26') }, at('2026-03-02')],
      [{ state: 'submitted', submittedAt: at('2026-03-03') }, at('2026-03-04')],
      [{ state: 'accepted', submittedAt: at('2026-02-20') }, at('2026-03-04')],
      [{ state: 'dept_review', dueDate: '2026-03-31' as LocalDate }, at('2026-03-27')],
    ];
    for (const [over, now] of cases) {
      const today = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) as LocalDate;
      const { state, light, progress } = row(over, now);
      expect(rollupEntryOf(facts(over), { now, today, counter: new WorkingDayCounter(calendar) })).toEqual({
        state,
        light,
        progress,
      });
    }
    // The cases cover every light.
    expect(new Set(cases.map(([over, now]) => row(over, now).light))).toEqual(
      new Set(['green', 'yellow', 'red']),
    );
  });
});
