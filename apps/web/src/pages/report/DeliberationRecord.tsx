import { Card, Descriptions } from 'antd';
import type { Deliberation } from '../../api/openapi.gen';
import { formatDate, formatDateTime } from '../../components/common';

/**
 * 集体审议、签发、文号: what the unit decided about the report and under which number it went out;
 * a joint report shows both leaders' sign-offs (会签).
 * Shown once any of them exists (nothing to say while the report is still being drafted).
 */
export function DeliberationRecord({ deliberation }: { deliberation: Deliberation }) {
  const { meeting, signOff, coSignOff, documentNumber } = deliberation;
  if (!meeting && !signOff && !documentNumber) return null;
  const signed = (by: NonNullable<Deliberation['signOff']>) =>
    `${by.signedBy.displayName ?? by.signedBy.username ?? '—'}（${formatDateTime(by.signedAt)}）`;
  return (
    <Card size="small" title="审议与发文" data-testid="deliberation">
      <Descriptions
        size="small"
        column={4}
        items={[
          { key: 'body', label: '集体审议机构', children: deliberation.body },
          {
            key: 'meeting',
            label: '审议会议',
            children: meeting
              ? `${meeting.body}（${formatDate(meeting.date)}，${meeting.minutesNumber}）`
              : '—',
          },
          {
            key: 'signOff',
            label: '主要负责人签发',
            children: signOff ? signed(signOff) : '—',
          },
          // A joint report (联合报告) is signed by the 党委's principal leader too, after the government's.
          ...(coSignOff
            ? [{ key: 'coSignOff', label: '党委主要负责人签发', children: signed(coSignOff) }]
            : []),
          { key: 'documentNumber', label: '文号', children: documentNumber ?? '—' },
        ]}
      />
    </Card>
  );
}
