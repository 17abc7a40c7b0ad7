import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { listCampaigns, workQueue } from '../api/endpoints';
import type { WorkItem } from '../api/openapi.gen';
import { DaysLeftTag, formatDate, StateTag } from '../components/common';
import { actionLabel } from '../labels';

/** The nearer of the stage limit and the report's own due date. */
function nearestDue(r: WorkItem): string | null {
  const dues = [r.stageDueAt, r.dueAt]
    .filter((d): d is string => !!d)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return dues[0] ?? null;
}

/** 我的待办: reports waiting for an action I may take, soonest deadline first. */
export default function TodoPage() {
  const [items, setItems] = useState<WorkItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () => {
    setError(null);
    Promise.all([workQueue(), listCampaigns().catch(() => [])])
      .then(([queue, campaigns]) => {
        // The report's own due date when the API sends it; else its campaign's.
        const due = new Map(campaigns.map((c) => [c.id, c.dueDate]));
        setItems(
          queue.map((r) => ({
            ...r,
            dueAt: r.dueAt ?? (r.campaignId ? (due.get(r.campaignId) ?? null) : null),
          })),
        );
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '加载失败'));
  };
  useEffect(load, []);

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          我的待办
        </Typography.Title>
      }
      extra={<Button onClick={load}>刷新</Button>}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<WorkItem>
        rowKey="id"
        loading={items === null && !error}
        dataSource={items ?? []}
        pagination={false}
        locale={{ emptyText: '暂无待办事项' }}
        columns={[
          {
            title: '报告',
            dataIndex: 'title',
            render: (title: string, r) => <Link to={`/app/reports/${r.id}`}>{title}</Link>,
          },
          { title: '单位', dataIndex: ['unit', 'name'], width: 180 },
          { title: '年度', dataIndex: 'reportYear', width: 80 },
          {
            title: '当前环节',
            dataIndex: 'state',
            width: 130,
            render: (s: string) => <StateTag state={s} />,
          },
          {
            title: '待办事项',
            width: 180,
            render: (_, r) =>
              r.allowedActions
                .filter((a) => a.action !== 'withdraw')
                .map((a) => <Tag key={a.action}>{actionLabel(a.action, r.state)}</Tag>),
          },
          { title: '报送截止', width: 130, render: (_, r) => formatDate(r.dueAt) },
          { title: '本环节时限', width: 130, render: (_, r) => formatDate(r.stageDueAt) },
          { title: '剩余时间', width: 110, render: (_, r) => <DaysLeftTag due={nearestDue(r)} /> },
          {
            title: '退回次数',
            dataIndex: 'returnCount',
            width: 90,
            render: (n: number) => (n > 0 ? <Tag color="volcano">{n}</Tag> : 0),
          },
        ]}
      />
    </Card>
  );
}
