import { itemLabel } from '@app/content';
import type { UnitCampaignFacts } from './campaign-facts';
import type { ScoringRule } from './scoring-rule';

/** A unit's score (得分) and why points were taken, in the words of a 依法治X办 clerk. */
export interface UnitScore {
  score: number;
  /** One line per deduction, e.g. "逾期报送3个工作日（按通知日期），扣6分"; empty: full marks. */
  reasons: string[];
  /**
   * 暂不评分: nothing was sent and the due date has not passed, so the score says nothing yet (a
   * unit that has not reported is not at full marks; civil servant's walk, stop 46).
   */
  pending: boolean;
}

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** Each deduction as [points, reason]; deductions of 0 points are not listed. */
function deductions(facts: UnitCampaignFacts, rule: ScoringRule): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  const { submission, disclosure } = facts;
  if (submission.kind === 'not_submitted') found.push([rule.notSubmitted, '逾期未报送']);
  if (submission.kind === 'late') {
    const days = submission.workingDaysLateAgainstNotice;
    const points = Math.min(days * rule.perWorkingDayLate, rule.notSubmitted);
    found.push([points, `逾期报送${days}个工作日（按通知日期）`]);
  }
  if (disclosure.kind === 'not_published')
    found.push([rule.notPublishedByDisclosureDate, `${monthDay(disclosure.dueDate)}前未公开`]);
  if (disclosure.kind === 'published_late')
    found.push([
      rule.notPublishedByDisclosureDate,
      `逾期公开（${monthDay(disclosure.publishedOn)}公开，应于${monthDay(disclosure.dueDate)}前公开）`,
    ]);
  for (const item of facts.missingItems) found.push([rule.perMissingItem, `缺少${itemLabel(item)}`]);
  if (facts.returnCount > 1)
    found.push([(facts.returnCount - 1) * rule.perReturnBeyondFirst, `被退回${facts.returnCount}次`]);
  return found.filter(([points]) => points > 0);
}

/** Base points less every deduction, never below 0. */
export function scoreOf(facts: UnitCampaignFacts, rule: ScoringRule): UnitScore {
  const found = deductions(facts, rule);
  const taken = found.reduce((sum, [points]) => sum + points, 0);
  return {
    score: Math.max(rule.basePoints - taken, 0),
    reasons: found.map(([points, reason]) => `${reason}，扣${points}分`),
    pending: facts.submission.kind === 'pending',
  };
}
