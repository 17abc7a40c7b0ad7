import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { NOTICE_NOTIFIED_ROLES, UserRepository } from '@app/directory';
import { NotificationRepository, type NewNotification } from '@app/notifications';
import type { JobOutcome, JobPayloads } from '@app/queue';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';
import { IssuedNoticeRepository, type IssuedNotice } from './issued-notice.repository';

/** The message each member of a named unit receives: which 通报, about which campaign, where to read it. */
export function noticeIssuedMessage(notice: IssuedNotice): Pick<NewNotification, 'title' | 'body'> {
  const number = notice.documentNumber ? `（${notice.documentNumber}）` : '';
  return {
    title: `通报：${notice.title}`,
    body:
      `${notice.issuerName}已印发《${notice.title}》${number}，通报《${notice.campaignTitle}》的报送情况，` +
      '你单位在通报之列，请查阅通报全文并认真整改。',
  };
}

/**
 * A 通报 was issued: its drafters and unit admins of each unit named hear of it once. The dedup key
 * is the campaign's and the person's, so a re-run (or a relayed duplicate) delivers nothing twice.
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
    const members = await this.users.findActiveByRoleInUnits(notice.namedUnitIds, [...NOTICE_NOTIFIED_ROLES]);
    const message = noticeIssuedMessage(notice);
    const messages: NewNotification[] = [...new Set(members.map((m) => m.id))].map((userId) => ({
      userId,
      kind: 'notice_issued',
      reportId: null,
      campaignId,
      ...message,
      dedupKey: `notice-${campaignId}-${userId}`,
    }));
    const delivered = await this.inbox.deliver(messages, this.clock.now());
    return delivered > 0 || messages.length === 0
      ? { status: 'done', detail: `${delivered} delivered` }
      : { status: 'skipped', reason: 'already delivered' };
  }
}
