import { Alert, Button, Card, Table, Tag, Tooltip, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { OpenReceipt, PendingExtension, WorkItem } from '../api/openapi.gen';
import {
  errorText,
  keys,
  useCampaigns,
  useOpenReceipts,
  usePendingExtensions,
  useWorkQueue,
} from '../api/queries';
import { useAuth } from '../auth/AuthContext';
import { formatDate, formatDateTime, StateTag, TimeLeftTag } from '../components/common';
import { clickableRow, emptyOrSkeleton } from '../components/ListState';
import { actionLabel } from '../labels';
import { nearestDue } from './nearestDue';
import { DisclosureTodos } from './DisclosureTodos';
import { RectificationTodos } from './RectificationTodos';
import { DecisionButtons, DecisionDialog } from './campaigns/ExtensionDecisionDialog';

/** A unit's name on as many lines as it needs, broken even inside a long run without spaces. */
const wrapAnywhere = () => ({ style: { overflowWrap: 'anywhere' as const } });

/** 我的待办: reports waiting for an action I may take, soonest deadline first; the whole row opens it. */
export default function TodoPage() {
  const queue = useWorkQueue();
  const { hasRole } = useAuth();
  const coordinator = hasRole('coordinator');
  // Findings are answered by the unit's drafter (the API's finding.answer).
  const answersFindings = hasRole('drafter');
  const receipts = useOpenReceipts(coordinator);
  const extensions = usePendingExtensions(coordinator);
  const campaigns = useCampaigns();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  // The report's own due date when the API sends it; else its campaign's.
  const due = new Map((campaigns.data ?? []).map((c) => [c.id, c.dueDate]));
  const items = (queue.data ?? []).map((r) => ({
    ...r,
    dueAt: r.dueAt ?? (r.campaignId ? (due.get(r.campaignId) ?? null) : null),
  }));
  // The nearest limit first, whatever order the reports were started in (a walk, stop 48: next
  // year's report stood above this year's, due 260 working days sooner); undated ones last.
  const soonest = (r: WorkItem) => {
    const { due: at } = nearestDue(r);
    return at ? Date.parse(at) : Number.POSITIVE_INFINITY;
  };
  items.sort((a, b) => soonest(a) - soonest(b));
  const error = errorText(queue.error);
  // A coordinator's work is mostly below (receipts, extension requests): 暂无待办事项 above five
  // receipts waiting read as "nothing to do" (a walk, stop 48).
  const waitingBelow = (receipts.data?.length ?? 0) + (extensions.data?.length ?? 0) > 0;
  const emptyText = waitingBelow ? '暂无需要办理的报告；待接收的报告、延期申请见下方' : '暂无待办事项';

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          我的待办
        </Typography.Title>
      }
      extra={
        <Button
          loading={queue.isFetching && !queue.isPending}
          onClick={() => {
            void queryClient.invalidateQueries({ queryKey: keys.workQueue });
            void queryClient.invalidateQueries({ queryKey: keys.openReceipts });
            void queryClient.invalidateQueries({ queryKey: keys.pendingExtensions });
          }}
        >
          刷新
        </Button>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<WorkItem>
        rowKey="id"
        data-testid="todo-table"
        dataSource={items}
        pagination={false}
        tableLayout="fixed"
        locale={{ emptyText: emptyOrSkeleton(queue.isPending && !error, emptyText) }}
        onRow={(r) => clickableRow(() => navigate(`/app/reports/${r.id}`))}
        columns={[
          {
            title: '报告',
            dataIndex: 'title',
            render: (title: string, r) => (
              <Link to={`/app/reports/${r.id}`} className="rf-row-title">
                {title}
              </Link>
            ),
          },
          // Wrapped, never cut: 呼图壁县交通运… hid which bureau it was (walk P16); the title wraps too.
          { title: '单位', dataIndex: ['unit', 'name'], width: 150, onCell: wrapAnywhere },
          { title: '年度', dataIndex: 'reportYear', width: 64 },
          {
            title: '当前环节',
            dataIndex: 'state',
            width: 110,
            render: (s: string) => <StateTag state={s} />,
          },
          {
            // Words, not tags: the actions are taken on the report page, these only say which.
            title: '待办事项',
            width: 120,
            render: (_, r) =>
              // Sent already, and asked for by a campaign since: 报送至该任务 on the report page.
              r.notSentToCampaigns?.length
                ? `报送至新的报送任务（${r.notSentToCampaigns.length} 项）`
                : r.allowedActions
                    .filter((a) => a.action !== 'withdraw')
                    .map((a) => actionLabel(a.action, r.state, a.to))
                    .join('、'),
          },
          { title: '报送截止', width: 136, render: (_, r) => formatDate(r.dueAt) },
          {
            title: (
              <Tooltip title="本环节办理期限与报告报送截止日期中较近的一个">
                <span>剩余时间</span>
              </Tooltip>
            ),
            width: 250,
            render: (_, r) => {
              const nearest = nearestDue(r);
              return (
                <>
                  <TimeLeftTag due={nearest.due} workingDaysLeft={nearest.workingDaysLeft} />
                  {nearest.kind && (
                    <div>
                      <Typography.Text type="secondary" data-testid="due-kind" style={{ fontSize: 12 }}>
                        {nearest.kind}
                      </Typography.Text>
                    </div>
                  )}
                </>
              );
            },
          },
          {
            // returnCount counts every return, the unit's own reviewers' too: the report page's words
            // (walk P6), said in the tooltip: the full words in the header squeezed the title column.
            title: (
              <Tooltip title="退回次数（含内部审核）：单位内部审核退回与上级退回之和">
                <span data-testid="todo-return-header">退回次数</span>
              </Tooltip>
            ),
            dataIndex: 'returnCount',
            // As narrow as before: the title column needs its 160 px at 1366 (test/web/console, item 4).
            width: 60,
            render: (n: number) => (n > 0 ? <Tag color="volcano">{n}</Tag> : 0),
          },
        ]}
      />
      {answersFindings && <RectificationTodos />}
      {/* 保密审查 and 登记公开 are the unit's own (DISCLOSURE_STEP_ROLES on the API). */}
      <DisclosureTodos enabled={hasRole('drafter') || hasRole('unit_leader') || hasRole('dept_reviewer')} />
      {/* Before the receipts: a request is decided before its due date, and the receipts can run to
          fifty rows that would push it below a 768-high screen (review, stop 47). */}
      {coordinator && <PendingExtensions query={extensions} />}
      {coordinator && <OpenReceipts query={receipts} />}
    </Card>
  );
}

/** 待处理回执: reports dispatched to the campaigns my office issued, waiting for 接收 or 退回. */
function OpenReceipts({ query }: { query: ReturnType<typeof useOpenReceipts> }) {
  const navigate = useNavigate();
  const error = errorText(query.error);
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, margin: '20px 0 8px' }}>
        {/* A 回执 is the slip a receiver sends back: these are reports waiting to be received (walk, stop 52). */}
        待接收的报告
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<OpenReceipt>
        rowKey={(r) => `${r.reportId}:${r.receipt.campaign.id}`}
        data-testid="open-receipts"
        dataSource={query.data ?? []}
        pagination={false}
        tableLayout="fixed"
        locale={{ emptyText: emptyOrSkeleton(query.isPending && !error, '暂无待接收的报告') }}
        onRow={(r) => clickableRow(() => navigate(`/app/reports/${r.reportId}`))}
        columns={[
          {
            title: '报告',
            dataIndex: 'title',
            render: (title: string, r) => (
              <Link to={`/app/reports/${r.reportId}`} className="rf-row-title">
                {title}
              </Link>
            ),
          },
          { title: '报送单位', dataIndex: ['unit', 'name'], width: 150, onCell: wrapAnywhere },
          // Wrapped with its 文号, not cut: two campaigns alike in title were told apart by neither (walk, stop 52).
          {
            title: '报送任务',
            onCell: wrapAnywhere,
            render: (_, r) => (
              <>
                {r.receipt.campaign.title}
                {r.receipt.campaign.documentNumber && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {r.receipt.campaign.documentNumber}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: '报送版本', width: 90, render: (_, r) => `第 ${r.receipt.revision} 版` },
          { title: '报送时间', width: 150, render: (_, r) => formatDateTime(r.receipt.dispatchedAt) },
          // The time to accept or return, as the bell's 待办 states it (a walk, stop 48: no column said it).
          {
            title: '办理期限',
            width: 150,
            render: (_, r) => <TimeLeftTag due={r.decideBy} workingDaysLeft={null} />,
          },
        ]}
      />
    </>
  );
}

/** How many the API lists at most (its default page): more are read on the 延期申请 page. */
const PENDING_EXTENSIONS_SHOWN = 50;

/**
 * 待审批延期申请: requests waiting for my office's decision, the nearest due date first. A walk
 * (stop 46) found a request only by opening its campaign; the row opens the campaign's 延期申请,
 * where it is decided; 全部延期申请 lists every campaign's.
 */
function PendingExtensions({ query }: { query: ReturnType<typeof usePendingExtensions> }) {
  const navigate = useNavigate();
  // Decided here as on the campaign's page (a walk, stop 55: the row had no 批准 and its reason was cut).
  const [deciding, setDeciding] = useState<{ ext: PendingExtension; decision: 'grant' | 'refuse' } | null>(
    null,
  );
  const error = errorText(query.error);
  const open = (r: PendingExtension) => `/app/campaigns/${r.campaign.id}?tab=extensions`;
  const count = query.data?.length ?? 0;
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, margin: '20px 0 8px' }}>
        待审批延期申请
        {count > 0 && (count >= PENDING_EXTENSIONS_SHOWN ? `（前${count}件）` : `（${count}）`)}
        <Link to="/app/extensions" style={{ fontSize: 14, fontWeight: 'normal', marginLeft: 12 }}>
          全部延期申请
        </Link>
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<PendingExtension>
        rowKey="id"
        data-testid="pending-extensions"
        dataSource={query.data ?? []}
        pagination={false}
        tableLayout="fixed"
        locale={{ emptyText: emptyOrSkeleton(query.isPending && !error, '暂无待审批的延期申请') }}
        onRow={(r) => clickableRow(() => navigate(open(r)))}
        columns={[
          {
            title: '报送任务',
            render: (_, r) => (
              <Link to={open(r)} className="rf-row-title">
                {r.campaign.title}
              </Link>
            ),
          },
          { title: '申请单位', dataIndex: 'unitName', width: 150, onCell: wrapAnywhere },
          { title: '原截止日期', width: 140, render: (_, r) => formatDate(r.dueDateBefore) },
          { title: '申请延至', width: 140, render: (_, r) => formatDate(r.requestedDueDate) },
          { title: '延期理由', dataIndex: 'reason', width: 200, onCell: wrapAnywhere },
          { title: '申请时间', width: 140, render: (_, r) => formatDateTime(r.requestedAt) },
          {
            title: '处理',
            width: 150,
            render: (_, r) => <DecisionButtons onDecide={(decision) => setDeciding({ ext: r, decision })} />,
          },
        ]}
      />
      {deciding && (
        <DecisionDialog
          ext={deciding.ext}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
          onDone={() => setDeciding(null)}
        />
      )}
    </>
  );
}
