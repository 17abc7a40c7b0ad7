import type { LocalDate } from '@app/calendar';
import { urgeAudiences, urgeMessage, type UrgeMessageFacts } from './urge-message';

const unitId = 'unit-1';

describe('urgeAudiences: who a 催办 by hand tells', () => {
  it('tells whoever acts next on the report (the scheduled reminders’ audience)', () => {
    const actors = { unitIds: [unitId], roles: ['dept_reviewer' as const] };
    expect(urgeAudiences(actors, unitId, false)).toEqual([actors]);
  });

  it('tells the drafters when the report waits on a coordinator elsewhere or nobody acts', () => {
    const drafters = { unitIds: [unitId], roles: ['drafter'] };
    expect(urgeAudiences({ unitIds: ['other'], roles: ['coordinator'] }, unitId, false)).toEqual([drafters]);
    expect(urgeAudiences(null, unitId, false)).toEqual([drafters]);
    expect(urgeAudiences({ unitIds: [unitId], roles: [] }, unitId, false)).toEqual([drafters]);
  });

  it('adds the unit leaders once the due date has passed (督办)', () => {
    const actors = { unitIds: [unitId], roles: ['drafter' as const] };
    expect(urgeAudiences(actors, unitId, true)).toEqual([
      actors,
      { unitIds: [unitId], roles: ['unit_leader'] },
    ]);
  });
});

describe('urgeMessage: the text of a 催办 by hand', () => {
  const facts = (over: Partial<UrgeMessageFacts> = {}): UrgeMessageFacts => ({
    issuerName: '某县依法治县办',
    campaignTitle: '关于报送2197年度法治政府建设年度报告的通知',
    unitName: '某县交通运输局',
    dueDate: '2198-03-01' as LocalDate,
    workingDaysLeft: 3,
    unscheduledYears: [],
    overdue: false,
    message: null,
    ...over,
  });

  it('names who pressed, the campaign, the due date and the working days left', () => {
    expect(urgeMessage(facts())).toEqual({
      title: '催办：关于报送2197年度法治政府建设年度报告的通知',
      body: '某县依法治县办催办：《关于报送2197年度法治政府建设年度报告的通知》某县交通运输局尚未报送，将于2198年3月1日到期（还有3个工作日），请及时办理。',
    });
  });

  it('says 督办 and the working days late once overdue, with the coordinator’s words', () => {
    const text = urgeMessage(facts({ overdue: true, workingDaysLeft: -2, message: '请今天下班前报送' }));
    expect(text.title).toBe('督办：关于报送2197年度法治政府建设年度报告的通知');
    expect(text.body).toContain('已逾期2个工作日，截止2198年3月1日，请及时办理。催办说明：请今天下班前报送');
  });

  it('says due today on the due day', () => {
    expect(urgeMessage(facts({ workingDaysLeft: 0 })).body).toContain('今天（2198年3月1日）到期');
  });

  it('says a count through a year without its holiday schedule is approximate, and why', () => {
    // December 2026 to March 2027, before 2027's schedule was entered: 元旦 and 春节 counted as working days.
    const text = urgeMessage(
      facts({ dueDate: '2027-03-05' as LocalDate, workingDaysLeft: 64, unscheduledYears: [2027] }),
    );
    expect(text.body).toContain(
      '将于2027年3月5日到期（还有约64个工作日；2027年节假日安排尚未录入，工作日暂按周一至周五计算）',
    );
    expect(
      urgeMessage(facts({ overdue: true, workingDaysLeft: -2, unscheduledYears: [2198] })).body,
    ).toContain('已逾期约2个工作日，截止2198年3月1日（2198年节假日安排尚未录入，工作日暂按周一至周五计算）');
  });
});
