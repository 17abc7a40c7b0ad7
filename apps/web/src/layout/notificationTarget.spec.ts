import { notificationTarget } from './notificationTarget';

describe('where a message leads', () => {
  it('opens a 延期申请 where it is decided, a 通报 as such, the rest at their report or the list', () => {
    expect(notificationTarget({ kind: 'extension_requested', reportId: 'r1', campaignId: 'c1' })).toBe(
      '/app/campaigns/c1?tab=extensions',
    );
    // Messages stored before they carried their campaign still open the report.
    expect(notificationTarget({ kind: 'extension_requested', reportId: 'r1', campaignId: null })).toBe(
      '/app/reports/r1',
    );
    expect(notificationTarget({ kind: 'notice_issued', reportId: null, campaignId: 'c2' })).toBe(
      '/app/campaigns/c2/notice',
    );
    expect(notificationTarget({ kind: 'returned', reportId: 'r3', campaignId: 'c3' })).toBe(
      '/app/reports/r3',
    );
    expect(notificationTarget({ kind: 'campaign_withdrawn', reportId: null, campaignId: null })).toBe(
      '/app/notifications',
    );
  });
});
