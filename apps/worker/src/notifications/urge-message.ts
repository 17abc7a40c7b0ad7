import { chinaDateText, type LocalDate } from '@app/calendar';
import type { AudienceUnit } from './recipients';

/**
 * Who a 催办 by hand tells: whoever acts next on the unit's report (the scheduled reminders'
 * audience); a report waiting on a coordinator elsewhere, or with nobody to act, its drafters (the
 * unit has not sent it to this campaign: drafting and sending is theirs). Once the due date has
 * passed (督办), the unit's leaders too, as the scheduled escalation does.
 */
export function urgeAudiences(actors: AudienceUnit | null, unitId: string, overdue: boolean): AudienceUnit[] {
  const waitsOnUnit =
    actors !== null && actors.roles.length > 0 && !actors.roles.every((r) => r === 'coordinator');
  const first: AudienceUnit = waitsOnUnit ? actors : { unitIds: [unitId], roles: ['drafter'] };
  return overdue ? [first, { unitIds: [unitId], roles: ['unit_leader'] }] : [first];
}

export interface UrgeMessageFacts {
  issuerName: string;
  campaignTitle: string;
  unitName: string;
  dueDate: LocalDate;
  /** Working days from the press to the due date: positive left, 0 due that day, negative late. */
  workingDaysLeft: number;
  /**
   * The years between the press and the due date whose holiday schedule is not entered: the count
   * ran Monday to Friday through them, so it is said as approximate (约) and why. The message said
   * 还有64个工作日 flatly across 元旦 and 春节 2027 (external QA, stop 52).
   */
  unscheduledYears: readonly number[];
  overdue: boolean;
  message: string | null;
}

/** The inbox title and text of a 催办 by hand, worded as the scheduled reminders are (reminder-message.ts). */
export function urgeMessage(facts: UrgeMessageFacts): { title: string; body: string } {
  const due = chinaDateText(facts.dueDate);
  const about = facts.unscheduledYears.length > 0 ? '约' : '';
  const note =
    facts.unscheduledYears.length > 0
      ? `；${facts.unscheduledYears.join('、')}年节假日安排尚未录入，工作日暂按周一至周五计算`
      : '';
  const when = facts.overdue
    ? `已逾期${facts.workingDaysLeft < 0 ? `${about}${-facts.workingDaysLeft}个工作日` : ''}，截止${due}${note ? `（${note.slice(1)}）` : ''}`
    : facts.workingDaysLeft > 0
      ? `将于${due}到期（还有${about}${facts.workingDaysLeft}个工作日${note}）`
      : `今天（${due}）到期`;
  const word = facts.message ? `催办说明：${facts.message}` : '';
  return {
    title: `${facts.overdue ? '督办' : '催办'}：${facts.campaignTitle}`,
    body:
      `${facts.issuerName}催办：《${facts.campaignTitle}》${facts.unitName}尚未报送，${when}，请及时办理。` +
      word,
  };
}
