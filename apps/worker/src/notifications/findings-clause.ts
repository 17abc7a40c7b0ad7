import { chinaDateText, isLocalDate } from '@app/calendar';
import type { AuditEvent } from '@app/reports';

/** At most this many findings are spelled out; the rest are counted (the message stays a message). */
const LISTED = 5;
/** A finding's text is cut here in the message; the report page shows it whole. */
const TEXT_CHARS = 60;

/**
 * The findings (问题清单) an office raised with the decision `decision`, from the events that follow
 * it: they are written in the same transaction, right after the decision, by the same person at the
 * same instant (receipt-decisions.service.ts). The first other event ends them.
 */
export function findingsRaisedWith(
  decision: Pick<AuditEvent, 'seq' | 'actorUserId' | 'createdAt'>,
  following: ReadonlyArray<Pick<AuditEvent, 'seq' | 'action' | 'actorUserId' | 'createdAt' | 'fields'>>,
): Array<{ text: string; dueOn: string | null }> {
  const raised: Array<{ text: string; dueOn: string | null }> = [];
  for (const event of [...following].sort((a, b) => a.seq - b.seq)) {
    if (event.seq <= decision.seq) continue;
    const withDecision =
      event.action === 'finding_raised' &&
      event.actorUserId === decision.actorUserId &&
      event.createdAt.getTime() === decision.createdAt.getTime();
    if (!withDecision) break;
    const { text, dueOn } = event.fields;
    if (typeof text !== 'string') continue;
    raised.push({ text, dueOn: typeof dueOn === 'string' ? dueOn : null });
  }
  return raised;
}

/**
 * "；整改问题 2 项：1. …（2027年1月15日前整改）；2. …" for the drafter's return message: the return
 * said only its comment, and the unit learnt of the findings raised with it from the report page
 * (external QA, stop 57 F9).
 */
export function findingsClause(findings: ReadonlyArray<{ text: string; dueOn: string | null }>): string {
  if (findings.length === 0) return '';
  const listed = findings.slice(0, LISTED).map((finding, i) => {
    const chars = [
      ...finding.text
        .trim()
        .replace(/\s+/gu, ' ')
        .replace(/[。；;]+$/u, ''),
    ];
    const text = chars.length > TEXT_CHARS ? `${chars.slice(0, TEXT_CHARS - 1).join('')}…` : chars.join('');
    const due =
      finding.dueOn && isLocalDate(finding.dueOn) ? `（${chinaDateText(finding.dueOn)}前整改）` : '';
    return `${i + 1}. ${text}${due}`;
  });
  const more = findings.length > LISTED ? `；另有 ${findings.length - LISTED} 项，见报告的问题清单` : '';
  return `；整改问题 ${findings.length} 项：${listed.join('；')}${more}`;
}
