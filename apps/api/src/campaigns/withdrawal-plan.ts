import { chinaDateText, compareLocalDates, type LocalDate } from '@app/calendar';
import type { CampaignMessage } from './campaign-inbox.repository';
import { CampaignErrors } from './campaign.errors';
import type { Campaign, CampaignTarget } from './campaign.types';
import { earliest } from './regulation-dates';

// Withdrawing (撤回) a campaign: the rules as pure functions over plain data; CampaignsService reads
// the family and its targets, applies these, and persists the result in one transaction.

/**
 * Refuses once the campaign is past due: its own date, or (regulation dates per unit) the
 * earliest date its own targets were given when issued.
 */
export function assertNotPastDue(
  campaign: Pick<Campaign, 'id' | 'dueDate'>,
  targets: CampaignTarget[],
  today: LocalDate,
): void {
  const own = targets.filter((t) => t.campaignId === campaign.id);
  const due = campaign.dueDate ?? earliest(own.map((t) => t.originalDueDate));
  if (due && compareLocalDates(today, due) > 0) throw CampaignErrors.pastDue(due);
}

export interface WithdrawalNotice {
  /** The withdrawn campaign and its active cascades. */
  family: Array<Pick<Campaign, 'id' | 'title'>>;
  targets: CampaignTarget[];
  /** Those told of the notice for each target unit (CampaignInboxRepository.noticeReaders). */
  drafters: Array<{ userId: string; unitId: string; readsReport?: boolean }>;
  reason: string;
}

/** Each drafter is told, per campaign of the family their unit was a target of, that its date no longer applies. */
export function withdrawalMessages(notice: WithdrawalNotice): CampaignMessage[] {
  const byUnit = new Map(notice.targets.map((t) => [`${t.campaignId}|${t.unitId}`, t]));
  return notice.family.flatMap((c) =>
    notice.drafters.flatMap((d) => {
      const target = byUnit.get(`${c.id}|${d.unitId}`);
      if (!target) return [];
      return [
        {
          userId: d.userId,
          kind: 'campaign_withdrawn',
          reportId: d.readsReport === false ? null : target.reportId,
          campaignId: c.id,
          title: `报送任务已撤销：${c.title}`,
          body: `《${c.title}》已撤销，原定${chinaDateText(target.dueDate)}的报送要求不再有效。撤销原因：${notice.reason}`,
          dedupKey: `campaign_withdrawn-${c.id}-${target.reportId}-${d.userId}`,
        },
      ];
    }),
  );
}
