import { Alert, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { getDiff, listRevisions } from '../../api/endpoints';
import type { ReportDiff, RevisionMeta } from '../../api/openapi.gen';
import { formatDateTime } from '../../components/common';
import { DiffView } from './DiffView';

/** Every saved revision, and any two compared side by side. */
export function RevisionsTab({ reportId, currentRevision }: { reportId: string; currentRevision: number }) {
  const [revisions, setRevisions] = useState<RevisionMeta[] | null>(null);
  const [from, setFrom] = useState<number | undefined>();
  const [to, setTo] = useState<number | undefined>();
  const [diff, setDiff] = useState<ReportDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    listRevisions(reportId)
      .then((list) => {
        setRevisions(list);
        if (list.length >= 2) {
          setFrom(list[list.length - 2].number);
          setTo(list[list.length - 1].number);
        }
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : '加载失败'));
  }, [reportId, currentRevision]);

  const compare = async () => {
    if (from === undefined || to === undefined) return;
    setBusy(true);
    setError(null);
    try {
      setDiff(await getDiff(reportId, from, to));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '比较失败');
    } finally {
      setBusy(false);
    }
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
        loading={revisions === null && !error}
        dataSource={[...(revisions ?? [])].reverse()}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        locale={{ emptyText: '尚未保存过正文' }}
        columns={[
          { title: '版本', dataIndex: 'number', width: 80, render: (n: number) => `第 ${n} 版` },
          {
            title: '基于',
            dataIndex: 'basedOn',
            width: 80,
            render: (n: number) => (n > 0 ? `第 ${n} 版` : '—'),
          },
          { title: '标题', dataIndex: 'title' },
          { title: '保存时间', dataIndex: 'createdAt', width: 160, render: formatDateTime },
          {
            title: '内容摘要值',
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
            onChange={setFrom}
            options={options}
            placeholder="旧版本"
          />
          <span aria-hidden>→</span>
          <Select
            aria-label="对比的新版本"
            style={{ width: 260 }}
            value={to}
            onChange={setTo}
            options={options}
            placeholder="新版本"
          />
          <Button
            type="primary"
            onClick={() => void compare()}
            loading={busy}
            disabled={from === undefined || to === undefined}
          >
            对比
          </Button>
        </Space>
        {diff && <DiffView diff={diff} />}
      </Card>
    </Space>
  );
}
