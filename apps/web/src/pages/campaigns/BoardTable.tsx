import { QuestionCircleOutlined } from '@ant-design/icons';
import { Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { ChainShortfallTag } from './ChainShortfallTag';
import { Link, useLocation } from 'react-router-dom';
import { cameFrom, type BackLink } from '../report/backLink';
import type { BoardRow, DisclosureColumn, Lateness } from '../../api/openapi.gen';
import {
  formatDate,
  formatDateTime,
  ProvisionalNote,
  TimeLeftTag,
  useUnscheduledYears,
} from '../../components/common';
import { timeLeftText } from '../../components/timeLeft';
import { ScoreCell } from './ScoreCell';
import { hasLeftUnit, nobodyHolds } from '../../labels';
import { LastUrged, UrgeAction, type UrgeContext } from './UrgeAction';

const LIGHT_COLORS = { green: 'green', yellow: 'orange', red: 'red' } as const;

/**
 * Days left or overdue, in the traffic-light colour the board computed (working days). Once the
 * campaign is withdrawn (撤销) nothing is due any more: a count of days there read as still owed (walk).
 */
export function TimeTag({ row, campaignActive = true }: { row: BoardRow; campaignActive?: boolean }) {
  const color = LIGHT_COLORS[row.light];
  const overdue =
    row.workingDaysOverdue !== null && row.workingDaysOverdue > 0 ? row.workingDaysOverdue : null;
  const workingDaysLeft = overdue !== null ? -overdue : row.workingDaysLeft;
  const unscheduled = useUnscheduledYears(row.submitted ? null : row.dueDate, workingDaysLeft);
  if (!row.submitted && !campaignActive) return <Tag data-testid="board-time-left">任务已撤销，无需报送</Tag>;
  if (row.submitted) {
    return row.submittedOnTime ? (
      <Tag color="green">按时报送</Tag>
    ) : (
      <Tag color="red">逾期报送{row.workingDaysOverdue ? ` ${row.workingDaysOverdue} 个工作日` : ''}</Tag>
    );
  }
  // The due date is printed just above it: the tag says the days only.
  return (
    <ProvisionalNote years={unscheduled}>
      <Tag color={overdue !== null ? 'red' : color} className="rf-tag-wrap" data-testid="board-time-left">
        {timeLeftText({
          due: row.dueDate,
          workingDaysLeft,
          dateShownBeside: true,
          provisional: unscheduled.length > 0,
        })}
      </Tag>
    </ProvisionalNote>
  );
}

export const DISCLOSURE_COLUMN_LABELS: Record<DisclosureColumn, string> = {
  published: '已公开',
  not_published: '未公开',
  overdue_unpublished: '逾期未公开',
};
const DISCLOSURE_COLORS: Record<DisclosureColumn, string> = {
  published: 'green',
  not_published: 'default',
  overdue_unpublished: 'red',
};

/**
 * 已公开 / 未公开 / 逾期未公开, with the date published or due on hover. A report not sent yet, with
 * its disclosure date still ahead, has nothing to disclose: a dash, not 未公开 beside a draft months
 * before the date (a walk, stop 47).
 */
export function DisclosureTag({ row }: { row: BoardRow }) {
  const { column, publishedOn, publishedLate, dueDate } = row.disclosure;
  const detail = publishedOn
    ? `${formatDate(publishedOn)} 公开${publishedLate ? '（逾期）' : ''}`
    : `公开截止 ${formatDate(dueDate)}`;
  if (column === 'not_published' && !row.submitted)
    return (
      <Tooltip title={`报送后公开；${detail}`}>
        <span data-testid="disclosure-not-yet">—</span>
      </Tooltip>
    );
  return (
    <Tooltip title={detail}>
      <Tag color={DISCLOSURE_COLORS[column]}>{DISCLOSURE_COLUMN_LABELS[column]}</Tag>
    </Tooltip>
  );
}

function measureText(measure: Lateness['againstNotice']): string {
  if (measure.onTime === null) return '未报送';
  if (measure.onTime) return '按时';
  return `逾期${measure.workingDaysLate ? ` ${measure.workingDaysLate} 个工作日` : ''}`;
}

/**
 * A submission measured both ways: against the notice's date (an extension never moves it) and
 * against the date after extensions. Only an extended unit can differ, so only it gets two lines.
 */
export function LatenessCell({ row }: { row: BoardRow }) {
  const { againstNotice, againstExtended } = row.lateness;
  if (againstNotice.onTime === null) return <span>—</span>;
  const tone = (onTime: boolean | null) => (onTime ? 'green' : 'red');
  return (
    <Space orientation="vertical" size={2}>
      <Tag color={tone(againstNotice.onTime)} className="rf-tag-wrap">
        对照通知时限：{measureText(againstNotice)}
      </Tag>
      {row.extended && (
        <Tag color={tone(againstExtended.onTime)} className="rf-tag-wrap">
          对照延期后时限：{measureText(againstExtended)}
        </Tag>
      )}
    </Space>
  );
}

/** The units of a campaign: a virtualised table, so thousands of rows scroll without freezing. */
export function BoardTable({
  rows,
  loading,
  height,
  openFindings,
  urge,
  campaignActive = true,
  opensReport,
  opensHistory,
}: {
  rows: BoardRow[];
  loading: boolean;
  height: number;
  /** Open findings (问题清单 待整改) per report id; absent: the column is not shown. */
  openFindings?: ReadonlyMap<string, number>;
  /** 催办 in the 操作 column; absent: not offered. */
  urge?: UrgeContext;
  /** False once the campaign was withdrawn: its office decides nothing there (no 接收/退回). */
  campaignActive?: boolean;
  /**
   * Whether the reader may open this row's report and 报送记录; absent: every row. The office that
   * asked from above reads a county's cascade board but not the reports sent to the county's office.
   */
  opensReport?: (row: BoardRow) => boolean;
  /**
   * Whether the reader may open the unit's 报送记录 (its units: a 依法治X办 reads its campaigns'
   * reports, not its targets' other years); absent: as opensReport.
   */
  opensHistory?: (row: BoardRow) => boolean;
}) {
  // A report opened from the board leads back to it (it said 我的待办: a walk, stop 43).
  const back = cameFrom(useLocation(), '跟踪看板');
  const columns = boardColumns({ openFindings, urge, back, campaignActive, opensReport, opensHistory });
  return (
    <Table<BoardRow>
      virtual
      rowKey={(r) => r.reportId}
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      // The columns' own widths summed (a fixed 1610 fell behind as columns were added: 1,880–1,960 px).
      scroll={{ x: columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0), y: height }}
      locale={{ emptyText: '没有符合条件的单位' }}
      data-testid="board-table"
      columns={columns}
    />
  );
}

/** The board's columns, each with its width (the table's scroll width is their sum). */
function boardColumns({
  openFindings,
  urge,
  back,
  campaignActive,
  opensReport = () => true,
  opensHistory = opensReport,
}: {
  openFindings: ReadonlyMap<string, number> | undefined;
  urge: UrgeContext | undefined;
  back: BackLink;
  campaignActive: boolean;
  opensReport?: (row: BoardRow) => boolean;
  opensHistory?: (row: BoardRow) => boolean;
}): TableColumnsType<BoardRow> {
  return [
    {
      title: '单位',
      dataIndex: ['unit', 'name'],
      width: 156,
      fixed: 'left',
      render: (name: string, r) => (
        <>
          {opensReport(r) ? (
            <Link to={`/app/reports/${r.reportId}`} state={back} className="rf-row-title">
              {name}
            </Link>
          ) : (
            // A link here led to 404 (a walk, stop 51): the name, and why it does not open.
            <Tooltip
              title={
                r.state === 'sent_elsewhere'
                  ? '该单位的报告已报送其他单位，尚未报送本任务；报送本任务后即可打开'
                  : '报告报送给下发本任务的单位，您可查看进度，不能打开报告'
              }
            >
              <span className="rf-row-title" data-testid="board-unit-unopenable" tabIndex={0}>
                {name}
              </span>
            </Tooltip>
          )}
          <ChainShortfallTag row={r} />
        </>
      ),
    },
    {
      // Who holds it and until when, under its stage: as three columns they pushed the board to
      // 2,010 px, and at 1366×768 办理人 and 本环节截止 were off to the right (walks, stops 44 and 46).
      title: '当前环节 / 办理人',
      dataIndex: 'stage',
      width: 190,
      render: (s: string, r) => (
        <Space orientation="vertical" size={2}>
          <Tag>{s}</Tag>
          {/* Each name whole, the list wrapping between names: as one unbreakable line, two long
              names ran under the 公开 column (stop 49). */}
          <span data-testid="board-holders">
            {r.holders.names.length
              ? r.holders.names.map((name, i) => (
                  // Two holders may share a display name: the position keeps the keys apart.
                  <span key={`${i}-${name}`} className="rf-name">
                    {name}
                    {i < r.holders.names.length - 1 ? '、' : ''}
                  </span>
                ))
              : r.submitted || !r.holders.roles.length
                ? '—'
                : // Nobody holds the stage's role in the unit (a walk, stop 53: 未配置 said nothing).
                  nobodyHolds(r.holders.roles)}
          </span>
          {!hasLeftUnit(r.state) && r.stageDueAt && (
            <TimeLeftTag due={r.stageDueAt} workingDaysLeft={r.stageWorkingDaysLeft} wrap />
          )}
        </Space>
      ),
    },
    // Right after the stage: at 1366 px it was the first column hidden under the fixed 操作 (walk P14).
    { title: '公开', width: 96, render: (_, r) => <DisclosureTag row={r} /> },
    {
      // The due date with the time left (or how it was met) under it: one column, not two.
      title: '截止日期 / 剩余',
      dataIndex: 'dueDate',
      width: 150,
      render: (d: string, r) => (
        <Space orientation="vertical" size={2}>
          {r.extended ? (
            <Tooltip title={`原截止 ${formatDate(r.originalDueDate)}`}>
              <span className="rf-whole">
                {formatDate(d)} <Tag color="blue">已延期</Tag>
              </span>
            </Tooltip>
          ) : (
            <span className="rf-whole">{formatDate(d)}</span>
          )}
          <TimeTag row={r} campaignActive={campaignActive} />
        </Space>
      ),
    },
    {
      // When it was sent, and how that stands against the notice's (and an extension's) date.
      title: '报送时间',
      dataIndex: 'submittedAt',
      width: 160,
      render: (at: string | null, r) =>
        at ? (
          <Space orientation="vertical" size={2}>
            <span className="rf-whole">{formatDateTime(at)}</span>
            <LatenessCell row={r} />
          </Space>
        ) : (
          '—'
        ),
    },
    { title: '得分', dataIndex: 'score', width: 60, render: (_, r) => <ScoreCell row={r} /> },
    {
      // This campaign's returns (the receipt's count), not the unit's own reviewers': the report page's
      // 退回次数 counts both, so the two are named apart (walk P10).
      title: (
        <Tooltip title="本报送任务退回该单位的次数（不含单位内部审核退回）">
          <span data-testid="board-return-count-header" tabIndex={0}>
            本任务退回 <QuestionCircleOutlined aria-hidden />
          </span>
        </Tooltip>
      ),
      dataIndex: 'returnCount',
      width: 100,
    },
    ...(openFindings
      ? [
          {
            title: '待整改',
            width: 70,
            render: (_: unknown, r: BoardRow) => {
              const open = openFindings.get(r.reportId) ?? 0;
              return open > 0 ? <Tag color="orange">{open}</Tag> : '—';
            },
          },
        ]
      : []),
    {
      // Fixed to the right edge: at 1366 px the table scrolls sideways and 接收/退回 must stay in view.
      title: '操作',
      width: 110,
      fixed: 'right',
      render: (_, r) => (
        <Space size={4} wrap>
          {r.state === 'submitted' && campaignActive && opensReport(r) && (
            <Link to={`/app/reports/${r.reportId}`} state={back} className="rf-action-link">
              接收/退回
            </Link>
          )}
          {/* The unit's other years and campaigns: was it late before, did it publish? The row's
                  unit is named by its first link (its report); this one says only what it opens. */}
          {opensHistory(r) && (
            <Link to={`/app/history/${r.unit.id}`} state={back}>
              报送记录
            </Link>
          )}
          {urge && <UrgeAction row={r} urge={urge} />}
          {r.pendingExtensionId && <Tag color="purple">延期待批</Tag>}
          <LastUrged row={r} />
        </Space>
      ),
    },
  ];
}
