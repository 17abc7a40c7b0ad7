import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Result, Space, Table, Tag, Typography } from 'antd';
import { Link, useLocation, useParams } from 'react-router-dom';
import { backLinkOf } from '../report/backLink';
import { ApiError } from '../../api/client';
import { errorText, useUnitSubmissionHistory } from '../../api/queries';
import { useAuth } from '../../auth/AuthContext';
import { emptyOrSkeleton } from '../../components/ListState';
import { formatDateTime } from '../../components/common';
import { formatChinaDate } from '../../components/dates';
import {
  disclosureText,
  historyByYear,
  latenessLines,
  receiptText,
  yearSummary,
  type HistoryEntry,
  type Said,
} from './submissionHistory';

const TAG_COLORS: Record<Said['tone'], string> = {
  success: 'green',
  error: 'red',
  warning: 'orange',
  default: 'default',
};

/** Wraps inside its column at 1366 px rather than running into the next one. */
const SaidTag = ({ said }: { said: Said }) => (
  <Tag color={TAG_COLORS[said.tone]} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
    {said.text}
  </Tag>
);

/**
 * 报送记录: one unit's campaign reports across years — the notice's and the extended date, when it
 * was sent, late or on time by both measures, the issuing office's 回执, the 公开 — and the ones never
 * sent (未报送). `/app/history` is the user's own unit; who may read another unit's is the API's
 * policy (its coordinators above it); any other unit answers 404, shown as 无权查看.
 */
export default function SubmissionHistoryPage() {
  const { me } = useAuth();
  const { unitId = me?.unit.id ?? '' } = useParams();
  const history = useUnitSubmissionHistory(unitId);
  const own = unitId === me?.unit.id;
  // Back to the board or report that opened it; 我的待办 only when opened from the menu (a walk,
  // stop 47: the board's 报送记录 led back to 我的待办).
  const back = backLinkOf(useLocation().state, { path: '/app/todo', label: '我的待办' });

  if (history.error instanceof ApiError && history.error.status === 404) {
    return (
      <Result
        status="404"
        title="无权查看该单位的报送记录"
        subTitle="该单位不存在，或不在您的查看范围内：各单位可查看本单位的报送记录，上级依法治办（司法局）经办人可查看所辖单位的报送记录。"
        extra={<Link to="/app/history">查看本单位报送记录</Link>}
      />
    );
  }
  const error = errorText(history.error);
  const unitName = history.data?.unit.name ?? (own ? me?.unit.name : undefined);
  const years = history.data ? historyByYear(history.data) : [];

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          报送记录{unitName ? `：${unitName}` : ''}
        </Typography.Title>
      }
      extra={
        <Link to={back.path}>
          <ArrowLeftOutlined aria-hidden /> {back.label}
        </Link>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        历年各项报送任务的报送情况。报送时限按两种口径：按通知规定日期，以及获批延期的按延期后日期；延期不改变按通知日期的逾期认定。已撤销的任务不列入。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} role="alert" />}
      {history.isPending && !error && <HistoryTable entries={[]} pending />}
      {history.data && years.length === 0 && <Empty description="尚无报送记录" />}
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {years.map(({ year, entries }) => (
          <section key={year.reportYear} aria-labelledby={`history-year-${year.reportYear}`}>
            <Typography.Title
              level={3}
              id={`history-year-${year.reportYear}`}
              style={{ fontSize: 16, margin: '0 0 4px' }}
            >
              {year.reportYear} 年度
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {yearSummary(year)}
            </Typography.Paragraph>
            <HistoryTable entries={entries} pending={false} />
          </section>
        ))}
      </Space>
    </Card>
  );
}

/** One year's campaigns; at 1366 px the table scrolls sideways inside its box, never the page. */
function HistoryTable({ entries, pending }: { entries: HistoryEntry[]; pending: boolean }) {
  return (
    <Table<HistoryEntry>
      rowKey={(e) => `${e.campaign.id}:${e.reportId}`}
      size="small"
      dataSource={entries}
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: 1085 }}
      locale={{ emptyText: emptyOrSkeleton(pending, '本年度无报送任务（已撤销的任务不列入）') }}
      data-testid="submission-history"
      columns={[
        {
          // The rest of the width: the notice's title wraps, the dates and tags do not.
          title: '任务',
          render: (_, e) => (
            <div>
              <div>{e.campaign.title}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {e.campaign.issuingUnit.name}
                {e.campaign.documentNumber ? ` ${e.campaign.documentNumber}` : ''}
              </Typography.Text>
            </div>
          ),
        },
        {
          title: '通知规定日期',
          width: 130,
          render: (_, e) => formatChinaDate(e.originalDueDate),
        },
        {
          title: '延期后日期',
          width: 130,
          render: (_, e) => (e.extended ? formatChinaDate(e.dueDate) : '—'),
        },
        {
          title: '报送时间',
          width: 125,
          render: (_, e) => (e.submittedAt ? formatDateTime(e.submittedAt) : '—'),
        },
        {
          title: '报送时限',
          width: 190,
          render: (_, e) => (
            <Space orientation="vertical" size={2}>
              {latenessLines(e).map((said) => (
                <SaidTag key={said.text} said={said} />
              ))}
            </Space>
          ),
        },
        {
          title: '回执',
          width: 110,
          render: (_, e) => {
            const said = receiptText(e);
            return said ? <SaidTag said={said} /> : '—';
          },
        },
        {
          title: '公开',
          width: 160,
          render: (_, e) => <SaidTag said={disclosureText(e)} />,
        },
        {
          title: '报告',
          width: 60,
          render: (_, e) => (
            <Link to={`/app/reports/${e.reportId}`} aria-label={`查看报告：${e.campaign.title}`}>
              查看
            </Link>
          ),
        },
      ]}
    />
  );
}
