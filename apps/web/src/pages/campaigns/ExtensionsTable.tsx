import { Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ExtensionWithUnit } from '../../api/openapi.gen';
import { formatDate, formatDateTime } from '../../components/common';
import { emptyOrSkeleton } from '../../components/ListState';
import { DecisionButtons, DecisionDialog } from './ExtensionDecisionDialog';

const STATUS = {
  pending: <Tag color="purple">待审批</Tag>,
  granted: <Tag color="green">已批准</Tag>,
  refused: <Tag color="red">未批准</Tag>,
  cancelled: <Tag>已撤销</Tag>,
};

/**
 * Extension requests with grant (optionally another date) or refuse (comment required). Given the
 * campaigns' titles (the 延期申请 page lists every campaign's), each row names its 报送任务.
 */
export function ExtensionsTable({
  items,
  loading,
  campaignTitles,
}: {
  items: ExtensionWithUnit[];
  loading: boolean;
  campaignTitles?: ReadonlyMap<string, string>;
}) {
  const [deciding, setDeciding] = useState<{ ext: ExtensionWithUnit; decision: 'grant' | 'refuse' } | null>(
    null,
  );
  return (
    <>
      <Table<ExtensionWithUnit>
        rowKey="id"
        size="small"
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: emptyOrSkeleton(loading, '暂无延期申请') }}
        columns={[
          // Which campaign a request is about (a walk, stop 40: the page mixed every campaign's).
          ...(campaignTitles
            ? [
                {
                  title: '报送任务',
                  dataIndex: 'campaignId',
                  width: 200,
                  render: (id: string) => campaignTitles.get(id) ?? '—',
                },
              ]
            : []),
          {
            // 申请人 and the time under the unit, so the row stays narrow and 理由 keeps its width (a
            // walk, stop 47: on the 延期申请 page the fixed columns left 理由 one character wide).
            title: '单位 / 申请人',
            dataIndex: 'unitName',
            width: 170,
            render: (name: string, e) => (
              <>
                <div>{name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {e.requestedByName ? `${e.requestedByName}，` : ''}
                  {formatDateTime(e.requestedAt)}
                </Typography.Text>
              </>
            ),
          },
          {
            title: '截止日期',
            width: 170,
            render: (_, e) => (
              <>
                <div>原截止 {formatDate(e.dueDateBefore)}</div>
                <div>申请延至 {formatDate(e.requestedDueDate)}</div>
                {e.status === 'pending' && e.requestedDueDate > e.regulationDueDate && (
                  <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="past-regulation">
                    晚于规定期限（{formatDate(e.regulationDueDate)}）
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: '理由', dataIndex: 'reason', render: (reason: string) => <span>{reason}</span> },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: ExtensionWithUnit['status'], e) => (
              <>
                {STATUS[s]}
                {s === 'pending' && e.sentAt && (
                  <Tag color="blue" data-testid="extension-already-sent" style={{ marginTop: 4 }}>
                    已报送
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: '处理',
            width: 170,
            render: (_, e) =>
              e.status === 'pending' ? (
                <DecisionButtons onDecide={(decision) => setDeciding({ ext: e, decision })} />
              ) : (
                <span>
                  {/* The date and the 意见 on lines of their own (a walk, stop 47, read them as one). */}
                  {e.grantedDueDate && (
                    <span style={{ display: 'block' }}>延至 {formatDate(e.grantedDueDate)}</span>
                  )}
                  {e.decisionComment && <span style={{ display: 'block' }}>意见：{e.decisionComment}</span>}
                  {e.decidedByName && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {e.status === 'cancelled' ? '撤销' : '审批'}：{e.decidedByName}
                    </Typography.Text>
                  )}
                </span>
              ),
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
