import { Col, Row, Statistic, Tooltip } from 'antd';
import type { BoardMeasureTotals } from '../../api/openapi.gen';

const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
const RED = '#cf1322';

/** Before a due date no on-time rate is known yet: a 0% months early only alarms (#19 item 6). */
const NOT_YET_DUE = '未到期';

/**
 * The campaign's headline figures by both lateness measures, and its disclosure counts. The notice's
 * date is what the superior office assesses; the extended date is what the unit was allowed.
 * `notDue` says which measure's dates have not passed yet for any target.
 */
export function MeasureFigures({
  measures,
  notDue,
}: {
  measures: BoardMeasureTotals;
  notDue: { notice: boolean; extended: boolean };
}) {
  const figures = [
    {
      key: 'notice-rate',
      title: '按时率（对照通知时限）',
      value: notDue.notice ? NOT_YET_DUE : percent(measures.onTimeRateAgainstNotice),
      hint: '以通知规定的截止日期衡量，批准延期不改变此口径；截止日前不计',
    },
    {
      key: 'extended-rate',
      title: '按时率（对照延期后时限）',
      value: notDue.extended ? NOT_YET_DUE : percent(measures.onTimeRateAgainstExtended),
      hint: '以批准延期后的截止日期衡量；截止日前不计',
    },
    {
      key: 'notice-late',
      title: '逾期报送（对照通知时限）',
      value: measures.submittedLateAgainstNotice,
      red: measures.submittedLateAgainstNotice > 0,
    },
    {
      key: 'extended-late',
      title: '逾期报送（对照延期后时限）',
      value: measures.submittedLateAgainstExtended,
      red: measures.submittedLateAgainstExtended > 0,
    },
    { key: 'published', title: '已公开', value: measures.published },
    {
      key: 'overdue-unpublished',
      title: '逾期未公开',
      value: measures.overdueUnpublished,
      red: measures.overdueUnpublished > 0,
    },
  ];
  return (
    <Row gutter={16} className="rf-figures" data-testid="board-measures">
      {figures.map((f) => (
        <Col span={4} key={f.key}>
          <Tooltip title={f.hint}>
            <div className="rf-figure">
              <Statistic
                title={f.title}
                value={f.value}
                styles={{ content: { color: f.red ? RED : undefined, fontSize: 20 } }}
              />
            </div>
          </Tooltip>
        </Col>
      ))}
    </Row>
  );
}
