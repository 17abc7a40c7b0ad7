import { QuestionCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { RevisionMeta } from '../../api/openapi.gen';
import { errorText, useDiff, useRevisions, type RevisionPair } from '../../api/queries';
import { emptyOrSkeleton } from '../../components/ListState';
import { formatDateTime } from '../../components/common';
import { DiffView } from './DiffView';

/** Every saved revision, and any two compared side by side. */
export function RevisionsTab({ reportId, currentRevision }: { reportId: string; currentRevision: number }) {
  const revisionsQuery = useRevisions(reportId);
  const revisions = revisionsQuery.data;
  // The pair picked by the user, for the revision current when picked; a new save starts again
  // from the two newest, as the page did when it reloaded.
  const [picked, setPicked] = useState<{ at: number; from?: number; to?: number }>({ at: currentRevision });
  const choice = picked.at === currentRevision ? picked : { at: currentRevision };
  const newest = (back: number) =>
    revisions && revisions.length >= 2 ? revisions[revisions.length - back].number : undefined;
  const from = choice.from ?? newest(2);
  const to = choice.to ?? newest(1);
  const [compared, setCompared] = useState<RevisionPair | null>(null);
  const diff = useDiff(reportId, compared);
  const error = errorText(revisionsQuery.error) ?? errorText(diff.error);

  const compare = () => {
    if (from !== undefined && to !== undefined) setCompared({ from, to });
  };

  const options = (revisions ?? []).map((r) => ({
    value: r.number,
    label: `第 ${r.number} 版（${formatDateTime(r.createdAt)}）`,
  }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<RevisionMeta>
        size="small"
        rowKey="number"
        dataSource={[...(revisions ?? [])].reverse()}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        locale={{ emptyText: emptyOrSkeleton(revisionsQuery.isPending && !error, '尚未保存过正文') }}
        columns={[
          { title: '版本', dataIndex: 'number', width: 80, render: (n: number) => `第 ${n} 版` },
          {
            title: '基于',
            dataIndex: 'basedOn',
            width: 80,
            render: (n: number) => (n > 0 ? `第 ${n} 版` : '—'),
          },
          { title: '标题', dataIndex: 'title' },
          {
            title: '保存人',
            dataIndex: 'authorName',
            width: 110,
            render: (name: string | null) => name ?? '—',
          },
          { title: '保存时间', dataIndex: 'createdAt', width: 160, render: formatDateTime },
          {
            // A clerk's word with its use (walk P18: "内容摘要值" and a bare hash meant nothing).
            title: (
              <Tooltip title="由该版本的内容计算得出：内容改动一个字，校验码就不同；两个版本校验码相同，说明内容相同。">
                <span>
                  校验码 <QuestionCircleOutlined aria-label="校验码说明" />
                </span>
              </Tooltip>
            ),
            dataIndex: 'contentHash',
            width: 140,
            render: (h: string) => <Typography.Text code>{h.slice(0, 12)}</Typography.Text>,
          },
        ]}
      />
      <Card size="small" title="版本对比（左右对照）">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label="对比的旧版本"
            style={{ width: 260 }}
            value={from}
            onChange={(value) => setPicked({ ...choice, from: value })}
            options={options}
            placeholder="旧版本"
          />
          <span aria-hidden>→</span>
          <Select
            aria-label="对比的新版本"
            style={{ width: 260 }}
            value={to}
            onChange={(value) => setPicked({ ...choice, to: value })}
            options={options}
            placeholder="新版本"
          />
          <Button
            type="primary"
            onClick={compare}
            loading={diff.isFetching}
            disabled={from === undefined || to === undefined}
          >
            对比
          </Button>
        </Space>
        {diff.data && <DiffView diff={diff.data} />}
      </Card>
    </Space>
  );
}
