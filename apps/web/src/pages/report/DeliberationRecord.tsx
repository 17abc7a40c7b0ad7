import { Card, Descriptions } from 'antd';
import type { Deliberation } from '../../api/openapi.gen';
import { formatDate, formatDateTime } from '../../components/common';

/**
 * 集体审议、签发、文号: what the unit decided about the report and under which number it went out.
 * Shown once any of them exists (nothing to say while the report is still being drafted).
 */
export function DeliberationRecord({ deliberation }: { deliberation: Deliberation }) {
  const { meeting, signOff, documentNumber } = deliberation;
  if (!meeting && !signOff && !documentNumber) return null;
  const signer = signOff ? (signOff.signedBy.displayName ?? signOff.signedBy.username ?? '—') : null;
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
            children: signOff ? `${signer}（${formatDateTime(signOff.signedAt)}）` : '—',
          },
          { key: 'documentNumber', label: '文号', children: documentNumber ?? '—' },
        ]}
      />
    </Card>
  );
}
