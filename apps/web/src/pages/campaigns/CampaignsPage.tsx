import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { errorText, useCampaigns, useUnits } from '../../api/queries';
import { issuerLabel } from '../../levelWords';
import { useAuth } from '../../auth/AuthContext';
import { clickableRow, emptyOrSkeleton } from '../../components/ListState';
import type { CampaignListItem } from '../../api/openapi.gen';
import { formatDate, formatDateTime } from '../../components/common';

type Shown = 'issued' | 'below' | 'received';

/** 报送任务: campaigns I issued (to track) and campaigns received from above (to cascade). */
export default function CampaignsPage() {
  const navigate = useNavigate();
  const query = useCampaigns();
  const items = query.data ?? null;
  const error = errorText(query.error);
  const { me } = useAuth();
  const units = new Map((useUnits().data ?? []).map((u) => [u.id, u]));
  // A notice's message to the office that forwards it opens this list on 上级下发的任务 (?shown=received).
  const [params] = useSearchParams();
  const [relation, setRelation] = useState<Shown>(params.get('shown') === 'received' ? 'received' : 'issued');
  // The API's "issued" covers my subtree: a region's list also holds its prefectures' campaigns.
  const mine = new Set((me?.roles ?? []).filter((r) => r.role === 'coordinator').map((r) => r.unitId));
  const shown = (items ?? []).filter((c) =>
    relation === 'received'
      ? c.relation === 'received'
      : c.relation === 'issued' && mine.has(c.issuingUnit.id) === (relation === 'issued'),
  );

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          报送任务
        </Typography.Title>
      }
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => navigate('/app/campaigns/new')}
        >
          下发报送任务
        </Button>
      }
    >
      <Segmented
        style={{ marginBottom: 12 }}
        value={relation}
        onChange={(v) => setRelation(v as Shown)}
        options={[
          { value: 'issued', label: '本级下发的任务' },
          { value: 'below', label: '下级下发的任务' },
          { value: 'received', label: '上级下发的任务' },
        ]}
      />
      {error && <Alert type="error" showIcon title={error} />}
      <Table<CampaignListItem>
        rowKey="id"
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        tableLayout="fixed"
        // The title takes what the fixed columns leave (about 260 px at 1366×768); on a narrower
        // window the table scrolls sideways rather than squeezing titles to one character a line.
        scroll={{ x: 1040 }}
        onRow={(c) => (c.relation === 'issued' ? clickableRow(() => navigate(`/app/campaigns/${c.id}`)) : {})}
        locale={{
          emptyText: emptyOrSkeleton(
            query.isPending && !error,
            relation === 'issued'
              ? '尚未下发报送任务'
              : relation === 'below'
                ? '下级尚未下发任务'
                : '没有上级下发的任务',
          ),
        }}
        columns={[
          {
            // The 文号 goes under the title: as a column of its own it left the title 24 px (walk P4).
            title: '通知标题（文号）',
            dataIndex: 'title',
            render: (t: string, c) => (
              <>
                {c.relation === 'issued' ? (
                  <Link to={`/app/campaigns/${c.id}`} className="rf-row-title">
                    {t}
                  </Link>
                ) : (
                  t
                )}
                {c.documentNumber && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {c.documentNumber}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: '年度', dataIndex: 'reportYear', width: 64 },
          {
            title: '下发单位',
            width: 180,
            render: (_, c) => issuerLabel(c.issuingUnit, units.get(c.issuingUnit.id)),
          },
          { title: '报送单位数', dataIndex: 'targetCount', width: 104 },
          {
            title: '截止日期',
            dataIndex: 'dueDate',
            width: 132,
            render: (d: string | null) => (d ? formatDate(d) : '按法定日期'),
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 80,
            render: (s: string) => (s === 'active' ? <Tag color="green">进行中</Tag> : <Tag>已撤销</Tag>),
          },
          { title: '下发时间', dataIndex: 'createdAt', width: 156, render: formatDateTime },
          {
            title: '操作',
            width: 104,
            render: (_, c) =>
              c.relation === 'received' && c.status === 'active' ? (
                <Button size="small" onClick={() => navigate(`/app/campaigns/new?parentId=${c.id}`)}>
                  逐级下发
                </Button>
              ) : (
                <Link to={`/app/campaigns/${c.id}`}>跟踪看板</Link>
              ),
          },
        ]}
      />
    </Card>
  );
}
