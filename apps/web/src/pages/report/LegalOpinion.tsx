import { Card, Typography } from 'antd';
import type { HistoryEvent } from '../../api/openapi.gen';
import { formatDateTime } from '../../components/common';

/** The latest 法律审查意见 on record: the opinion field of a legal adviser's step. */
export function latestLegalOpinion(events: readonly HistoryEvent[]): HistoryEvent | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.actorRole === 'legal_adviser' && typeof e.fields?.opinion === 'string' && e.fields.opinion.trim())
      return e;
  }
  return null;
}

/**
 * 法律审查意见 on the page the 党组会议 and the 主要负责人 decide from: it was only in 流程记录 (a civil
 * servant's walk, stop 43), though the meeting is to weigh it. Said with the version it was given on.
 * Only the unit's own readers see it: a recipient reads the report as sent, not its internal review.
 */
export function LegalOpinion({ events }: { events: readonly HistoryEvent[] }) {
  const latest = latestLegalOpinion(events);
  if (!latest) return null;
  const who = latest.actor.displayName ?? latest.actor.username ?? '法律顾问';
  return (
    <Card size="small" title="法律审查意见" data-testid="legal-opinion">
      <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>
        {String(latest.fields?.opinion)}
      </Typography.Paragraph>
      <Typography.Text type="secondary">
        法律顾问 {who}，{formatDateTime(latest.createdAt)}，针对第 {latest.revision} 版
      </Typography.Text>
    </Card>
  );
}
