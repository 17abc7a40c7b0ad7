import { Card, Descriptions, Tag } from 'antd';
import type { Deliberation } from '../../api/openapi.gen';
import { formatDate, formatDateTime } from '../../components/common';

/**
 * 集体审议、签发、文号: what the unit decided about the report and under which number it went out;
 * a joint report shows both leaders' sign-offs (会签).
 * Shown once any of them exists (nothing to say while the report is still being drafted). After a
 * return, what the last round recorded stays on file but is marked 上一轮: a draft being redone is
 * neither signed off nor numbered until it is again.
 */
export function DeliberationRecord({ deliberation }: { deliberation: Deliberation }) {
  const { meeting, signOff, coSignOff, documentNumber, earlierRound } = deliberation;
  if (!meeting && !signOff && !documentNumber) return null;
  // Names, dates and numbers never break inside (党组会\n议, …12\n号 at 1366×768, walk P15): each is
  // kept whole, and a value too long for its line wraps between them.
  const whole = (text: string) => <span className="rf-whole">{text}</span>;
  const earlier = (isEarlier: boolean, note: string) =>
    isEarlier ? (
      <Tag color="default" style={{ marginLeft: 4 }} data-testid="earlier-round">
        {note}
      </Tag>
    ) : null;
  const signed = (by: NonNullable<Deliberation['signOff']>, isEarlier: boolean) => (
    <>
      {whole(by.signedBy.displayName ?? by.signedBy.username ?? '—')}
      {whole(`（${formatDateTime(by.signedAt)}）`)}
      {earlier(isEarlier, '上一轮，本轮未签发')}
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
                {earlier(!meeting.stands, '上一轮，须重新审议')}
              </>
            ) : (
              '—'
            ),
          },
          {
            key: 'signOff',
            label: '主要负责人签发',
            children: signOff ? signed(signOff, earlierRound.signOff) : '—',
          },
          // A joint report (联合报告) is signed by the 党委's principal leader too, after the government's.
          ...(coSignOff
            ? [
                {
                  key: 'coSignOff',
                  label: '党委主要负责人签发',
                  children: signed(coSignOff, earlierRound.coSignOff),
                },
              ]
            : []),
          {
            key: 'documentNumber',
            label: '文号',
            children: documentNumber ? (
              <>
                {whole(documentNumber)}
                {earlier(earlierRound.documentNumber, '上一轮，本轮未发文')}
              </>
            ) : (
              '—'
            ),
          },
        ]}
      />
    </Card>
  );
}
