import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { NOTICE_NOTIFIED_ROLES, UserRepository } from '@app/directory';
import { NotificationRepository, type NewNotification } from '@app/notifications';
import type { JobOutcome, JobPayloads } from '@app/queue';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';
import { IssuedNoticeRepository, type IssuedNotice } from './issued-notice.repository';

/**
 * The message each member of a unit the 通报 is sent to receives: which 通报, about which campaign,
 * and, for a unit it names (逾期、未公开…), that it must read it and put things right.
 */
export function noticeIssuedMessage(
  notice: IssuedNotice,
  named: boolean,
): Pick<NewNotification, 'title' | 'body'> {
  const number = notice.documentNumber ? `（${notice.documentNumber}）` : '';
  return {
    title: `通报：${notice.title}`,
    body:
      `${notice.issuerName}已印发《${notice.title}》${number}，通报《${notice.campaignTitle}》的报送情况，` +
      (named ? '你单位在通报之列，请查阅通报全文并认真整改。' : '请查阅通报全文。'),
  };
}

/**
 * A 通报 was issued: the drafters, admins and principal leaders (NOTICE_NOTIFIED_ROLES) of every unit
 * the campaign asked hear of it once,
 * those of the units it names with the call to 整改. The dedup key is the campaign's and the person's,
 * so a re-run (or a relayed duplicate) delivers nothing twice.
 */
@Injectable()
@JobHandler('notice-issued')
export class NoticeIssuedHandler implements HandlesJob<'notice-issued'> {
  constructor(
    private readonly notices: IssuedNoticeRepository,
    private readonly users: UserRepository,
    private readonly inbox: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  async handle({ campaignId, noticeVersion }: JobPayloads['notice-issued']): Promise<JobOutcome> {
    const notice = await this.notices.find(campaignId);
    if (!notice || !notice.issued || notice.version !== noticeVersion)
      return { status: 'skipped', reason: `no 通报 issued at version ${noticeVersion} for ${campaignId}` };
    const sentTo = [...new Set([...notice.targetUnitIds, ...notice.namedUnitIds])];
    const members = await this.users.findActiveByRoleInUnits(sentTo, [...NOTICE_NOTIFIED_ROLES]);
    const named = new Set(notice.namedUnitIds);
    // A person in two of the units (a role in each) hears once, as named when either unit is.
    const byUser = new Map<string, boolean>();
    for (const m of members) byUser.set(m.id, (byUser.get(m.id) ?? false) || named.has(m.unit_id));
    const messages: NewNotification[] = [...byUser].map(([userId, isNamed]) => ({
      userId,
      kind: 'notice_issued',
      reportId: null,
      campaignId,
      ...noticeIssuedMessage(notice, isNamed),
      dedupKey: `notice-${campaignId}-${userId}`,
    }));
    const delivered = await this.inbox.deliver(messages, this.clock.now());
    return delivered > 0 || messages.length === 0
      ? { status: 'done', detail: `${delivered} delivered` }
      : { status: 'skipped', reason: 'already delivered' };
  }
}
