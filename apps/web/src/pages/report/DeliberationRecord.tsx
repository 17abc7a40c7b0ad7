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
  // Names, dates and numbers never break inside (党组会\n议, …12\n号 at 1366×768, walk P15): each is
  // kept whole, and a value too long for its line wraps between them.
  const whole = (text: string) => <span className="rf-whole">{text}</span>;
  const signed = (by: NonNullable<Deliberation['signOff']>) => (
    <>
      {whole(by.signedBy.displayName ?? by.signedBy.username ?? '—')}
      {whole(`（${formatDateTime(by.signedAt)}）`)}
    </>
  );
  return (
    <Card size="small" title="审议与发文" data-testid="deliberation">
      {/* Three columns, the meeting across two: four equal ones left the meeting a quarter of the card. */}
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'body', label: '集体审议机构', children: whole(deliberation.body) },
          {
            key: 'meeting',
            label: '审议会议',
            span: 2,
            children: meeting ? (
              <>
                {whole(meeting.body)}
                {whole(`（${formatDate(meeting.date)}，`)}
                {whole(`${meeting.minutesNumber}）`)}
              </>
            ) : (
              '—'
            ),
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
          { key: 'documentNumber', label: '文号', children: documentNumber ? whole(documentNumber) : '—' },
        ]}
      />
    </Card>
  );
}
