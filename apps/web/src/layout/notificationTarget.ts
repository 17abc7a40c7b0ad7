import type { Notification } from '../api/openapi.gen';

/**
 * Where a message leads when it is opened: a 延期申请 to the campaign's 延期申请 tab, where it is
 * decided (a walk, stop 47: it opened the unit's report, which has no 批准 button), a 通报 to the
 * 通报, anything about a report to the report, the rest to the message list.
 */
export function notificationTarget(n: Pick<Notification, 'kind' | 'reportId' | 'campaignId'>): string {
  if (n.kind === 'extension_requested' && n.campaignId)
    return `/app/campaigns/${n.campaignId}?tab=extensions`;
  if (n.kind === 'notice_issued' && n.campaignId) return `/app/campaigns/${n.campaignId}/notice`;
  return n.reportId ? `/app/reports/${n.reportId}` : '/app/notifications';
}
